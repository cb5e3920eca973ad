/**
 * The editors' pages for the catalog ({@code /redaktion}): packages with their files, practice
 * stories from draft to published, and the theme taxonomy. Beans validate, call the catalog
 * services and show their messages; the services check nothing twice and the beans check
 * permissions through {@code Guard} before every change.
 */
package dk.videnportalen.catalog.web.editor;
