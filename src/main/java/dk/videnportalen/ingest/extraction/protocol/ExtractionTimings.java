package dk.videnportalen.ingest.extraction.protocol;

/**
 * Where the time went, measured inside the worker (so without process start or queueing); for
 * benchmarks and for spotting slow formats in the logs.
 */
public record ExtractionTimings(long detectMillis, long parseMillis, long previewMillis) {

  public static final ExtractionTimings NONE = new ExtractionTimings(0, 0, 0);

  public long totalMillis() {
    return detectMillis + parseMillis + previewMillis;
  }
}
