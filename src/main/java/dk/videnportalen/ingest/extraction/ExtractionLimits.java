package dk.videnportalen.ingest.extraction;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How much one file, and the worker pool, may take. The defaults follow Tika's own server
 * defaults where Tika has one.
 *
 * @param maxChars text kept per file; beyond it the text is cut and marked truncated (still OK)
 * @param timeout wall-clock time per file, enforced by killing the worker
 * @param maxEmbeddedDepth how deep embedded documents are followed (attachment of an attachment
 *     …); deeper ones are skipped
 * @param maxEmbeddedResources embedded documents visited per file
 * @param maxCompressionRatio output per input byte beyond which a file counts as a zip bomb
 * @param workerHeap the workers' {@code -Xmx}, e.g. {@code 512m}
 * @param workers worker processes at most, i.e. files extracted at the same time
 * @param recycleAfter files a worker handles before it is replaced, against slow leaks in parsers
 */
public record ExtractionLimits(
    int maxChars,
    Duration timeout,
    int maxEmbeddedDepth,
    int maxEmbeddedResources,
    long maxCompressionRatio,
    String workerHeap,
    int workers,
    int recycleAfter) {

  /** Declared before DEFAULTS: the constructor below needs it while DEFAULTS is built. */
  private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]?");

  public static final ExtractionLimits DEFAULTS = new ExtractionLimits(
      5_000_000, Duration.ofSeconds(60), 5, 1000, 100, "512m", 2, 200);

  public ExtractionLimits {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(workerHeap, "workerHeap");
    require(maxChars > 0, "maxChars must be positive");
    require(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
    require(maxEmbeddedDepth >= 0, "maxEmbeddedDepth must not be negative");
    require(maxEmbeddedResources >= 0, "maxEmbeddedResources must not be negative");
    require(maxCompressionRatio > 0, "maxCompressionRatio must be positive");
    require(HEAP.matcher(workerHeap).matches(), "workerHeap must look like 512m, not " + workerHeap);
    require(workers > 0, "workers must be positive");
    require(recycleAfter > 0, "recycleAfter must be positive");
  }

  public ExtractionLimits withMaxChars(int value) {
    return new ExtractionLimits(value, timeout, maxEmbeddedDepth, maxEmbeddedResources,
        maxCompressionRatio, workerHeap, workers, recycleAfter);
  }

  public ExtractionLimits withTimeout(Duration value) {
    return new ExtractionLimits(maxChars, value, maxEmbeddedDepth, maxEmbeddedResources,
        maxCompressionRatio, workerHeap, workers, recycleAfter);
  }

  public ExtractionLimits withEmbedded(int depth, int resources) {
    return new ExtractionLimits(maxChars, timeout, depth, resources, maxCompressionRatio,
        workerHeap, workers, recycleAfter);
  }

  public ExtractionLimits withMaxCompressionRatio(long value) {
    return new ExtractionLimits(maxChars, timeout, maxEmbeddedDepth, maxEmbeddedResources, value,
        workerHeap, workers, recycleAfter);
  }

  public ExtractionLimits withWorkerHeap(String value) {
    return new ExtractionLimits(maxChars, timeout, maxEmbeddedDepth, maxEmbeddedResources,
        maxCompressionRatio, value, workers, recycleAfter);
  }

  public ExtractionLimits withWorkers(int value) {
    return new ExtractionLimits(maxChars, timeout, maxEmbeddedDepth, maxEmbeddedResources,
        maxCompressionRatio, workerHeap, value, recycleAfter);
  }

  public ExtractionLimits withRecycleAfter(int value) {
    return new ExtractionLimits(maxChars, timeout, maxEmbeddedDepth, maxEmbeddedResources,
        maxCompressionRatio, workerHeap, workers, value);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
