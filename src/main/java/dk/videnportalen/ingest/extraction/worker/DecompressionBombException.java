package dk.videnportalen.ingest.extraction.worker;

import java.io.IOException;

/**
 * Embedded documents unpacked to far more bytes than the file itself holds. Thrown from inside a
 * stream read (hence an IOException); {@link ParseState} remembers it, whatever the parsers
 * above make of the exception.
 */
final class DecompressionBombException extends IOException {

  private static final long serialVersionUID = 1L;

  DecompressionBombException(long fileBytes, long budget) {
    super("Suspected decompression bomb: a file of " + fileBytes
        + " bytes unpacked to more than " + budget + " bytes of embedded content");
  }
}
