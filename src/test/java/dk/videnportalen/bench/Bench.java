package dk.videnportalen.bench;

import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What the benchmarks share: starting a fresh portal, waiting for the index, small statistics. */
final class Bench {

  private Bench() {}

  /** The benchmarks' port range is 18080–18099; {@code BENCH_PORT} picks one. */
  static int port() {
    return Integer.parseInt(System.getenv().getOrDefault("BENCH_PORT", "18081"));
  }

  /** bench/results (git-ignored), created if needed. */
  static Path resultsDir() {
    Path dir = Path.of(System.getProperty("bench.results", "bench/results"));
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /**
   * A portal on a fresh data dir with content import off (PORTAL_CONTENT_DIR points at an empty
   * folder), started with payara-config/run like a person would, on 127.0.0.1 only.
   */
  static PortalServer freshPortal(String name, Map<String, String> env) {
    Path empty = Path.of("target", "bench-empty-content").toAbsolutePath();
    try {
      Files.createDirectories(empty);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> all = new HashMap<>(env);
    all.put("PORTAL_CONTENT_DIR", empty.toString());
    all.putIfAbsent("PORTAL_HTTP_PORT", String.valueOf(port()));
    long t0 = System.nanoTime();
    PortalServer server = PortalServer.fresh("bench-" + name, all).start();
    log("portal '%s' ready on %s in %.1f s", name, server.baseUri(), seconds(t0));
    return server;
  }

  /** Waits until the index has applied every queued change (NRT, normally well under 1 s). */
  static void awaitIndexed(PortalClient admin, int atLeastDocuments, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonObject s = null;
    while (System.nanoTime() < deadline) {
      Reply r = admin.get("/api/admin/index");
      if (r.status() == 200) {
        s = r.json();
        if (s.getJsonNumber("lastEvent").longValue() >= s.getJsonNumber("latestEvent").longValue()
            && s.getInt("documents") >= atLeastDocuments && "ready".equals(s.getString("state", ""))) {
          return;
        }
      }
      sleep(200);
    }
    throw new IllegalStateException("index not caught up within " + timeout + ": " + s);
  }

  /** Creates the theme if the portal does not have it; name = the slug, as the set writes it. */
  static void ensureTheme(PortalClient admin, String slug) {
    if (admin.get("/api/themes/" + slug).status() == 200) {
      return;
    }
    Reply r = admin.put("/api/themes/" + slug, "application/json",
        ("{\"name\":" + Json.quote(slug) + ",\"kind\":\"tema\"}").getBytes(StandardCharsets.UTF_8));
    if (r.status() / 100 != 2) {
      throw new IllegalStateException("theme " + slug + ": " + r);
    }
  }

  /** The p-th percentile (0–100, nearest rank) of the values, which need not be sorted. */
  static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "?";
    }
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Benchmarks report on standard output; they are programs, not portal code. */
  static void log(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
