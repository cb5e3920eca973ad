/** The REST API's root, its JSON error format and the mappers that keep stack traces server-side. */
package dk.videnportalen.platform.api;
