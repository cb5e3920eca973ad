/**
 * How files and items get into the portal: uploads through the REST API and the pages, the
 * content/ import at boot and bulk imports of folders and ZIP files. Every file is stored in the
 * blob store, its text extracted by a worker process ({@code ingest.extraction}), and recorded
 * with its item in one transaction together with the item's search-index queue entry.
 */
package dk.videnportalen.ingest;
