package dk.videnportalen.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Where ingest time goes, published at /metrics (application scope): storing bytes, detecting
 * the type, parsing, rendering previews, and recording the item with its index-queue entry. The
 * ingest benchmark reads these before and after a run.
 */
@ApplicationScoped
public class IngestMetrics {

  @Inject MetricRegistry registry;

  void stored(long bytes, long nanos) {
    timer("ingest.store").update(Duration.ofNanos(nanos));
    counter("ingest.bytes").inc(bytes);
    counter("ingest.files").inc();
  }

  public void extracted(long detectMillis, long parseMillis, long previewMillis) {
    timer("ingest.detect").update(Duration.ofMillis(detectMillis));
    timer("ingest.parse").update(Duration.ofMillis(parseMillis));
    timer("ingest.preview").update(Duration.ofMillis(previewMillis));
  }

  /** Time to record an item, its files and its index-queue entry in one transaction. */
  public void recorded(long nanos) {
    timer("ingest.record").update(Duration.ofNanos(nanos));
  }

  private Timer timer(String name) {
    return registry.timer(name);
  }

  private Counter counter(String name) {
    return registry.counter(name);
  }
}
