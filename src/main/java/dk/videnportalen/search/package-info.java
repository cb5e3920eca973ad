/**
 * Search: one Lucene index of every item a person can find (packages with their files' text,
 * stories, and later threads, posts and course modules), kept current from the database's index
 * queue. The rest of the portal uses only {@link dk.videnportalen.search.IndexQueue} (to say an
 * item changed) and {@link dk.videnportalen.search.SearchService}; item types contribute their
 * documents through {@link dk.videnportalen.search.SearchableItems}.
 */
package dk.videnportalen.search;
