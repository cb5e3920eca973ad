package dk.videnportalen.bench;

import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Multipart;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.Tsv;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search speed over HTTP (issue 4 item 9, first part): a fresh portal (content import off) with
 * the themes of content/temaer.json, the relevance set's documents (when ../shared has them) and
 * N synthetic packages (default 2,000) generated from the words of content/kilder, all through
 * the API. Then wrk, with the queries of queries.tsv in turn, at 1 and 20 concurrent connections
 * against {@code GET /api/search}, each next to the same load on {@code /health/live} as the
 * in-run baseline. Prints p50/p95/p99 and requests/s and the ratios; writes
 * bench/results/search-speed.md. Arguments: [packages] [seconds per measurement].
 */
public final class SearchSpeedBench {

  private static final Pattern BENCH = Pattern.compile(
      "BENCH requests=(\\d+) seconds=([\\d.]+) rps=([\\d.]+) p50=(\\d+) p95=(\\d+) p99=(\\d+) "
      + "max=(\\d+) mean=(\\d+) errors=(\\d+) status=(\\d+) bytes=(\\d+)");

  /** One wrk measurement; latencies in milliseconds. */
  record Measurement(String target, int connections, long requests, double rps, double p50,
      double p95, double p99, double max, long errors, long non2xx) {

    Measurement named(String name, int c) {
      return new Measurement(name, c, requests, rps, p50, p95, p99, max, errors, non2xx);
    }
  }

  private SearchSpeedBench() {}

  public static void main(String[] args) throws Exception {
    int packages = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path relevance = Path.of(System.getProperty("shared.dir", "../shared"), "relevance")
        .toAbsolutePath().normalize();
    List<String> queries = queries(relevance);
    Path pathsFile = Bench.resultsDir().resolve("search-paths.txt").toAbsolutePath();
    StringBuilder paths = new StringBuilder();
    queries.forEach(q -> paths.append("/api/search?q=").append(PortalClient.query(q)).append('\n'));
    Bench.write(pathsFile, paths.toString());
    Path livePaths = Bench.resultsDir().resolve("live-paths.txt").toAbsolutePath();
    Bench.write(livePaths, "/health/live\n");

    StringBuilder report = new StringBuilder();
    try (PortalServer server = Bench.freshPortal("search-speed", Map.of())) {
      PortalClient admin = server.admin();
      List<String> themes = createThemes(admin);
      long t0 = System.nanoTime();
      int documents = loadRelevanceDocs(admin, relevance);
      seed(admin, packages, themes);
      Bench.awaitIndexed(admin, documents + packages, Duration.ofMinutes(5));
      double seedSeconds = Bench.seconds(t0);
      Bench.log("catalog: %d packages (%d relevance documents + %d synthetic) in %.0f s",
          documents + packages, documents, packages, seedSeconds);
      JsonObject sample = server.client().get("/api/search?q=" + PortalClient.query("læring"))
          .json();
      Bench.log("sample: 'læring' → %d hits", sample.getJsonNumber("total").longValue());

      String base = server.baseUri().toString();
      wrk(base, pathsFile, 2, 4, 10); // warm-up: JIT, caches, searcher
      wrk(base, livePaths, 1, 2, 5);
      List<Measurement> results = new ArrayList<>();
      for (int c : new int[] {1, 20}) {
        results.add(wrk(base, livePaths, c == 1 ? 1 : 2, c, seconds).named("/health/live", c));
        results.add(wrk(base, pathsFile, c == 1 ? 1 : 2, c, seconds).named("/api/search (mix)", c));
      }
      report.append(String.format(Locale.ROOT, "Catalog: %d packages (%d from shared/relevance, "
          + "%d synthetic from content/kilder words; seeded through the API in %.0f s). Queries: "
          + "the %d of queries.tsv in turn. wrk %ds per row, 1 thread at 1 connection, 2 threads "
          + "at 20, on the same 2 cores as the portal. Load average at the end: %s.%n%n",
          documents + packages, documents, packages, seedSeconds, queries.size(), seconds,
          Bench.loadAverage()));
      report.append(table(results));
    }
    Bench.log("%n%s", report);
    Bench.write(Bench.resultsDir().resolve("search-speed.md"),
        "# Search speed over HTTP, " + OffsetDateTime.now() + "\n\n" + report);
  }

  static String table(List<Measurement> results) {
    StringBuilder t = new StringBuilder("| target | connections | requests/s | p50 ms | p95 ms "
        + "| p99 ms | max ms | errors / non-2xx |\n|---|---|---|---|---|---|---|---|\n");
    for (Measurement m : results) {
      t.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %.0f | %d / %d |%n",
          m.target(), m.connections(), m.rps(), m.p50(), m.p95(), m.p99(), m.max(), m.errors(),
          m.non2xx()));
    }
    t.append("\nRatios against the baseline at the same concurrency (search / /health/live)\n\n"
        + "| connections | target | throughput ratio | p50 ratio | p95 ratio | p99 ratio |\n"
        + "|---|---|---|---|---|---|\n");
    for (Measurement m : results) {
      if (m.target().equals("/health/live")) {
        continue;
      }
      Measurement b = results.stream().filter(x -> x.target().equals("/health/live")
          && x.connections() == m.connections()).findFirst().orElseThrow();
      t.append(String.format(Locale.ROOT, "| %d | %s | %.2f× | %.1f× | %.1f× | %.1f× |%n",
          m.connections(), m.target(), m.rps() / b.rps(), m.p50() / b.p50(), m.p95() / b.p95(),
          m.p99() / b.p99()));
    }
    return t.toString();
  }

  /** Runs wrk with bench/wrk-paths.lua and parses its BENCH line. */
  static Measurement wrk(String base, Path paths, int threads, int connections, int seconds)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
        "--timeout", "10s", "-s", Path.of("bench", "wrk-paths.lua").toAbsolutePath().toString(),
        base, "--", paths.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    Matcher m = BENCH.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("wrk printed no BENCH line:\n" + out);
    }
    return new Measurement("", connections, Long.parseLong(m.group(1)),
        Double.parseDouble(m.group(3)), Long.parseLong(m.group(4)) / 1000.0,
        Long.parseLong(m.group(5)) / 1000.0, Long.parseLong(m.group(6)) / 1000.0,
        Long.parseLong(m.group(7)) / 1000.0, Long.parseLong(m.group(9)),
        Long.parseLong(m.group(10)));
  }

  private static List<String> queries(Path relevance) {
    if (Files.isRegularFile(relevance.resolve("queries.tsv"))) {
      return Tsv.read(relevance.resolve("queries.tsv")).stream()
          .map(r -> r.get("query")).toList();
    }
    Bench.log("NOTE: no shared/relevance; using a built-in query list");
    return List.of("psykologisk tryghed", "læringsfællesskaber", "progressionsmodellen",
        "hvordan skaber man psykologisk tryghed på møder", "data informeret praksis",
        "UngiÅrhus Nord", "læringssamtalerne", "fodboldturnering budget");
  }

  private static List<String> createThemes(PortalClient admin) throws IOException {
    List<String> slugs = new ArrayList<>();
    try (JsonReader r = Json.createReader(new StringReader(
        Files.readString(Path.of("content", "temaer.json"), StandardCharsets.UTF_8)))) {
      JsonArray themes = r.readArray();
      for (JsonObject t : themes.getValuesAs(JsonObject.class)) {
        String slug = t.getString("slug");
        Reply put = admin.put("/api/themes/" + slug, "application/json", Json.createObjectBuilder()
            .add("name", t.getString("name")).add("description", t.getString("description", ""))
            .add("kind", t.getString("kind", "tema")).build().toString()
            .getBytes(StandardCharsets.UTF_8));
        if (put.status() / 100 != 2) {
          throw new IllegalStateException("theme " + slug + ": " + put);
        }
        slugs.add(slug);
      }
    }
    return slugs;
  }

  private static int loadRelevanceDocs(PortalClient admin, Path relevance) {
    if (!Files.isRegularFile(relevance.resolve("docs.tsv"))) {
      return 0;
    }
    int n = 0;
    for (Map<String, String> row : Tsv.read(relevance.resolve("docs.tsv"))) {
      Reply r = admin.postMultipart("/api/packages", new Multipart()
          .json("metadata", "{\"title\":" + dk.videnportalen.testing.Json.quote(row.get("title")) + "}")
          .file("file", relevance.resolve(row.get("file"))));
      if (r.status() != 201) {
        throw new IllegalStateException(row.get("key") + ": " + r);
      }
      n++;
    }
    return n;
  }

  /** N packages of generated Danish text, uploaded by two editors in parallel. */
  private static void seed(PortalClient admin, int count, List<String> themes) throws Exception {
    String[] words = Words.words();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      futures.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          Random random = new Random(i);
          String title = capitalise(phrase(words, random, 3 + random.nextInt(4)));
          List<String> picked = new ArrayList<>();
          for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
            String slug = themes.get(random.nextInt(themes.size()));
            if (!picked.contains(slug)) {
              picked.add(slug);
            }
          }
          String metadata = "{\"title\":" + dk.videnportalen.testing.Json.quote(title) + ",\"summary\":"
              + dk.videnportalen.testing.Json.quote(capitalise(phrase(words, random, 25)) + ".") + ",\"themes\":["
              + String.join(",", picked.stream().map(dk.videnportalen.testing.Json::quote).toList()) + "]}";
          StringBuilder body = new StringBuilder();
          for (int s = 0, n = 20 + random.nextInt(40); s < n; s++) {
            body.append(capitalise(phrase(words, random, 8 + random.nextInt(12)))).append(". ");
          }
          Reply r = admin.postMultipart("/api/packages", new Multipart()
              .json("metadata", metadata)
              .file("file", "materiale-" + i + ".txt", "text/plain; charset=UTF-8",
                  body.toString().getBytes(StandardCharsets.UTF_8)));
          if (r.status() != 201) {
            throw new IllegalStateException("seed " + i + ": " + r);
          }
          int d = done.incrementAndGet();
          if (d % 250 == 0) {
            Bench.log("  seeded %d/%d (%.0f/s)", d, count, d / Bench.seconds(t0));
          }
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
  }

  private static String phrase(String[] words, Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
    }
    return b.toString();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The lower-case words of content/kilder as they run, repetitions kept, so a word is drawn as
   * often as the texts use it (common words common, rare words rare); fixed order, repeatable.
   */
  static final class Words {
    static String[] words() throws IOException {
      return IngestBench.vocabulary().toLowerCase(Locale.ROOT).lines()
          .flatMap(l -> java.util.Arrays.stream(l.split("[^\\p{L}]+")))
          .filter(w -> w.length() >= 2).toArray(String[]::new);
    }
  }
}
