/** REST resources for packages, stories, themes and files (JSON, documented in OpenAPI). */
package dk.videnportalen.catalog.api;
