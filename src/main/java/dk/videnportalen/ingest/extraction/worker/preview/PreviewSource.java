package dk.videnportalen.ingest.extraction.worker.preview;

import java.nio.file.Path;

/**
 * What a preview can be made from.
 *
 * @param file the original document
 * @param mediaType as detected from its bytes
 * @param title the document's title, or null
 * @param textSample the opening of the extracted text (may be empty)
 */
public record PreviewSource(Path file, String mediaType, String title, String textSample) {

  boolean hasText() {
    return textSample != null && !textSample.isBlank();
  }
}
