/** Shared handling of multipart uploads for the REST resources that accept files. */
package dk.videnportalen.ingest.api;
