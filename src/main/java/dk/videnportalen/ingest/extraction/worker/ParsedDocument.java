package dk.videnportalen.ingest.extraction.worker;

import org.apache.tika.metadata.Metadata;

/** One document of a parse, the outer file or an embedded one: its metadata and its text stats. */
record ParsedDocument(Metadata metadata, PagedTextHandler text, int depth) {

  boolean isRoot() {
    return depth == 0;
  }
}
