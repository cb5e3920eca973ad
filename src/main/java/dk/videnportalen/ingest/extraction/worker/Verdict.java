package dk.videnportalen.ingest.extraction.worker;

import dk.videnportalen.ingest.extraction.protocol.ExtractionStatus;

/**
 * A status with its Danish message.
 *
 * @param partial whether the text that came out is known to be incomplete
 */
record Verdict(ExtractionStatus status, String message, boolean partial) {

  static Verdict of(ExtractionStatus status, String message) {
    return new Verdict(status, message, false);
  }

  static Verdict partial(ExtractionStatus status, String message) {
    return new Verdict(status, message, true);
  }
}
