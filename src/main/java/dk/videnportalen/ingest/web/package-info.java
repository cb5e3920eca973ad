/** The import reports page: bulk imports with their progress and a line per file. */
package dk.videnportalen.ingest.web;
