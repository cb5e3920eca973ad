/**
 * Imports of many items at once: the content/ folder at boot, a folder on the server, or an
 * uploaded ZIP. Sources list their entries (item folders with an item.json, or loose files); the
 * runner processes them one transaction each and keeps a per-file report.
 */
package dk.videnportalen.ingest.imports;
