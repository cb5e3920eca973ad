/** The search page: query, filters and page number live in the URL, so results are bookmarkable. */
package dk.videnportalen.search.web;
