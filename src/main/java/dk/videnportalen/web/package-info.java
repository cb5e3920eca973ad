/**
 * The public pages' backing beans: home, themes, search, package and story pages, the
 * accessibility statement and the language switch. Small request-scoped beans that read GET
 * parameters, call the catalog and search services and hand records to the Facelets.
 */
package dk.videnportalen.web;
