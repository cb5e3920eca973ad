/**
 * The catalog's public pages: home, themes, package and story pages. Small request-scoped beans
 * that read GET parameters, call the catalog and search services and hand records to the
 * Facelets; the editors' pages are in {@code editor}.
 */
package dk.videnportalen.catalog.web;
