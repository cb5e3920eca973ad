/** The editors' search pages: the synonym list and what people search for. */
package dk.videnportalen.search.web.editor;
