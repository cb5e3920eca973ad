package dk.videnportalen.ingest.extraction.worker;

import org.apache.tika.metadata.Metadata;

/**
 * A finished parse.
 *
 * @param metadata the outer document's metadata
 * @param facts what the classifier needs
 * @param embeddedCount embedded documents visited
 * @param sniffedAsText whether the outer file was only recognised as plain text by its bytes
 */
record ParseOutcome(
    Metadata metadata, ParseFacts facts, int embeddedCount, boolean sniffedAsText) {}
