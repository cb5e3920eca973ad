package dk.videnportalen.ingest.extraction;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to extract.
 *
 * @param file the stored file; its name plays no part in the extraction
 * @param preview whether to render a first-page PNG
 * @param limits per-file limits for this request, or null for the configured ones; the pool-wide
 *     fields (worker heap, workers, recycling) of a request's limits are ignored
 */
public record ExtractionRequest(Path file, boolean preview, ExtractionLimits limits) {

  public ExtractionRequest {
    Objects.requireNonNull(file, "file");
  }

  public static ExtractionRequest of(Path file) {
    return new ExtractionRequest(file, false, null);
  }

  public ExtractionRequest withPreview() {
    return new ExtractionRequest(file, true, limits);
  }

  public ExtractionRequest withLimits(ExtractionLimits value) {
    return new ExtractionRequest(file, preview, value);
  }
}
