/** REST resources for search, suggestions, related items and the index's administration. */
package dk.videnportalen.search.api;
