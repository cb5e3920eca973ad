/**
 * The REST API's root, its JSON error format and the mappers that keep stack traces server-side;
 * the administrators' sweep of the blob store.
 */
package dk.videnportalen.platform.api;
