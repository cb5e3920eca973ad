package dk.videnportalen.ingest.extraction;

import dk.videnportalen.ingest.extraction.protocol.ExtractionResult;
import java.nio.file.Path;

/**
 * Turns a file into text, metadata and optionally a preview. Whatever is wrong with the file's
 * content, the answer is a result with a status ({@code ExtractionStatus}), never an exception.
 * The file's name is never consulted: the format is detected from its bytes.
 */
public interface TextExtractor {

  /** Extracts with the configured limits and without a preview. */
  default ExtractionResult extract(Path file) {
    return extract(ExtractionRequest.of(file));
  }

  /**
   * @throws ExtractorUnavailableException if no worker can be started at all (a broken
   *     installation, not a bad file)
   * @throws IllegalArgumentException if the path is not a readable regular file
   */
  ExtractionResult extract(ExtractionRequest request);
}
