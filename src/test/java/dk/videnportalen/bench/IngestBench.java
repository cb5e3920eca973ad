package dk.videnportalen.bench;

import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Multipart;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.Tsv;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Ingest throughput through the REST API (issue 3's benchmark, first part). One fresh portal
 * (content import off); one editor uploading one file per {@code POST /api/packages}, one request
 * at a time, in four sets measured in the same run:
 *
 * <ol>
 *   <li>baseline A: plain UTF-8 text files made from content/kilder, as many as the corpus has;
 *   <li>the real-world corpus (../shared/corpus/real-world, bombs included: the portal must
 *       survive them, and they are reported on their own line);
 *   <li>content/: every deck, handout and guide of content/pakker;
 *   <li>baseline B: fresh plain text files again, to see drift under the machine's other load.
 * </ol>
 *
 * For each set: files/s, MB/s, p50/p95 per file, outcome counts, and where the server's time went
 * (the {@code ingest.*} timers at /metrics, before/after differences). Results go to
 * bench/results/ingest.md and ingest-files.tsv.
 */
public final class IngestBench {

  private record Upload(String set, String name, long bytes, double millis, int http,
      String status, String expectation) {}

  private static final String GENERATED = "generated PDF + DOCX (half each)";

  private IngestBench() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(System.getProperty("shared.dir", "../shared"), "corpus", "real-world")
        .toAbsolutePath().normalize();
    Map<String, String> expectations = new TreeMap<>();
    List<Path> corpusFiles = new ArrayList<>();
    if (Files.isRegularFile(corpus.resolve("MANIFEST.tsv"))) {
      for (Map<String, String> row : Tsv.read(corpus.resolve("MANIFEST.tsv"))) {
        expectations.put(row.get("file"), row.get("expectation"));
        corpusFiles.add(corpus.resolve(row.get("file")));
      }
    } else {
      Bench.log("NOTE: no real-world corpus at %s; measuring content/ and the baseline only",
          corpus);
    }
    List<Path> contentFiles;
    try (Stream<Path> s = Files.walk(Path.of("content", "pakker"))) {
      contentFiles = s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("item.json")).sorted().toList();
    }
    int baselineCount = Math.max(corpusFiles.size(), 50);
    String vocabulary = vocabulary();
    Bench.log("ingest benchmark: %d corpus files, %d content files, %d+%d baseline text files; "
        + "load %s", corpusFiles.size(), contentFiles.size(), baselineCount, baselineCount,
        Bench.loadAverage());

    List<Upload> uploads = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    try (PortalServer server = Bench.freshPortal("ingest", Map.of())) {
      PortalClient admin = server.admin();
      // Warm-up outside the figures: the first uploads start the extraction workers.
      for (int i = 0; i < 5; i++) {
        upload(admin, "warmup", "warmup-" + i + ".txt", text(vocabulary, new Random(900 + i)),
            null, new ArrayList<>());
      }
      Map<String, Double> m0 = metrics(admin);
      runTexts(admin, "baseline A (plain text)", vocabulary, baselineCount, 1, uploads);
      Map<String, Double> m1 = metrics(admin);
      for (Path f : corpusFiles) {
        upload(admin, "real-world corpus", f.getFileName().toString(), Files.readAllBytes(f),
            expectations.get(f.getFileName().toString()), uploads);
      }
      Map<String, Double> m2 = metrics(admin);
      for (Path f : contentFiles) {
        upload(admin, "content/pakker", f.getFileName().toString(), Files.readAllBytes(f),
            null, uploads);
      }
      Map<String, Double> m3 = metrics(admin);
      int generated = Integer.getInteger("generated", 1000);
      Random random = new Random(7);
      for (int i = 0; i < generated; i++) {
        boolean pdf = i % 2 == 0;
        byte[] body = text(vocabulary, random);
        upload(admin, GENERATED, "genereret-" + i + (pdf ? ".pdf" : ".docx"),
            pdf ? GeneratedDocuments.pdf(body) : GeneratedDocuments.docx(body), null, uploads);
      }
      Map<String, Double> m4 = metrics(admin);
      runTexts(admin, "baseline B (plain text)", vocabulary, baselineCount, 2, uploads);
      Map<String, Double> m5 = metrics(admin);
      boolean alive = server.client().get("/health/live").status() == 200;

      report.append("Load at the end: ").append(Bench.loadAverage())
          .append("; portal still live after the corpus: ").append(alive).append("\n\n");
      report.append(setTable(uploads));
      report.append("\nWhere the server's time went (sum of the ingest.* timers over the set, "
          + "seconds; from /metrics)\n\n");
      report.append(breakdown(List.of("baseline A (plain text)", "real-world corpus",
          "content/pakker", GENERATED, "baseline B (plain text)"),
          List.of(m0, m1, m2, m3, m4, m5)));
      report.append("\nOutcomes of the real-world corpus (MANIFEST expectation → stored status "
          + "or HTTP rejection)\n\n").append(outcomes(uploads));
      report.append("\nSlowest corpus files\n\n| file | expectation | ms | outcome |\n|---|---|---|---|\n");
      uploads.stream().filter(u -> u.set().equals("real-world corpus"))
          .sorted(Comparator.comparingDouble(Upload::millis).reversed()).limit(8)
          .forEach(u -> report.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %s |%n",
              u.name(), u.expectation(), u.millis(), outcome(u))));
    }
    Bench.log("%n%s", report);
    Bench.write(Bench.resultsDir().resolve("ingest.md"),
        "# Ingest through the API, " + OffsetDateTime.now() + "\n\n" + report);
    StringBuilder tsv = new StringBuilder("set\tfile\tbytes\tms\thttp\tstatus\texpectation\n");
    uploads.forEach(u -> tsv.append(String.join("\t", u.set(), u.name(),
        String.valueOf(u.bytes()), String.format(Locale.ROOT, "%.1f", u.millis()),
        String.valueOf(u.http()), u.status(), String.valueOf(u.expectation()))).append('\n'));
    Bench.write(Bench.resultsDir().resolve("ingest-files.tsv"), tsv.toString());
  }

  private static void runTexts(PortalClient admin, String set, String vocabulary, int count,
      int seed, List<Upload> uploads) {
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      upload(admin, set, "tekst-" + seed + "-" + i + ".txt", text(vocabulary, random), null,
          uploads);
    }
  }

  private static void upload(PortalClient admin, String set, String name, byte[] content,
      String expectation, List<Upload> uploads) {
    String title = "Ingest " + set + " " + name;
    long t0 = System.nanoTime();
    Reply r = admin.postMultipart("/api/packages", new Multipart()
        .json("metadata", "{\"title\":" + Json.quote(title) + "}")
        .file("file", name, "application/octet-stream", content));
    double millis = (System.nanoTime() - t0) / 1e6;
    String status;
    if (r.status() == 201) {
      JsonObject file = r.json().getJsonArray("files").getJsonObject(0);
      status = file.getString("status", "?").toLowerCase(Locale.ROOT);
    } else {
      status = "rejected";
    }
    uploads.add(new Upload(set, name, content.length, millis, r.status(), status, expectation));
  }

  private static String outcome(Upload u) {
    return u.http() == 201 ? u.status() : "HTTP " + u.http();
  }

  private static String setTable(List<Upload> uploads) {
    StringBuilder t = new StringBuilder("| set | files | MB | wall s | files/s | MB/s | p50 ms "
        + "| p95 ms | max ms | files/s vs baseline A |\n|---|---|---|---|---|---|---|---|---|---|\n");
    Map<String, List<Upload>> bySet = new java.util.LinkedHashMap<>();
    uploads.stream().filter(u -> !u.set().equals("warmup"))
        .forEach(u -> bySet.computeIfAbsent(u.set(), k -> new ArrayList<>()).add(u));
    List<Upload> nonBomb = uploads.stream().filter(u -> u.set().equals("real-world corpus")
        && !"bomb-like".equals(u.expectation())).toList();
    if (!nonBomb.isEmpty()) {
      bySet.put("real-world corpus without the 5 bomb-like files", nonBomb);
    }
    double baseRate = 0;
    for (Map.Entry<String, List<Upload>> e : bySet.entrySet()) {
      List<Upload> us = e.getValue();
      double seconds = us.stream().mapToDouble(Upload::millis).sum() / 1000;
      double mb = us.stream().mapToLong(Upload::bytes).sum() / 1e6;
      double[] ms = us.stream().mapToDouble(Upload::millis).toArray();
      double rate = us.size() / seconds;
      if (baseRate == 0) {
        baseRate = rate;
      }
      t.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.1f | %.1f | %.2f | %.0f | %.0f "
          + "| %.0f | %.2f× |%n", e.getKey(), us.size(), mb, seconds, rate, mb / seconds,
          Bench.percentile(ms, 50), Bench.percentile(ms, 95), Bench.percentile(ms, 100),
          rate / baseRate));
    }
    return t.toString();
  }

  private static String outcomes(List<Upload> uploads) {
    Map<String, Map<String, Integer>> matrix = new TreeMap<>();
    uploads.stream().filter(u -> u.set().equals("real-world corpus")).forEach(u -> matrix
        .computeIfAbsent(u.expectation(), k -> new TreeMap<>())
        .merge(outcome(u), 1, Integer::sum));
    StringBuilder t = new StringBuilder("| expectation | outcomes |\n|---|---|\n");
    matrix.forEach((exp, counts) -> t.append("| ").append(exp).append(" | ")
        .append(counts.toString().replaceAll("[{}]", "")).append(" |\n"));
    Map<String, Integer> total = new TreeMap<>();
    uploads.stream().filter(u -> u.set().equals("real-world corpus"))
        .forEach(u -> total.merge(outcome(u), 1, Integer::sum));
    t.append("| all | ").append(total.toString().replaceAll("[{}]", "")).append(" |\n");
    return t.toString();
  }

  private static String breakdown(List<String> sets, List<Map<String, Double>> snapshots) {
    List<String> timers = List.of("detect", "parse", "preview", "store", "record");
    StringBuilder t = new StringBuilder("| set |");
    timers.forEach(n -> t.append(' ').append(n).append(" |"));
    t.append("\n|---|");
    timers.forEach(n -> t.append("---|"));
    t.append('\n');
    for (int i = 0; i < sets.size(); i++) {
      t.append("| ").append(sets.get(i)).append(" |");
      for (String n : timers) {
        double diff = timerSeconds(snapshots.get(i + 1), n) - timerSeconds(snapshots.get(i), n);
        t.append(String.format(Locale.ROOT, " %.2f |", diff));
      }
      t.append('\n');
    }
    return t.toString();
  }

  /** The sum of a timer in seconds, whatever the exposition's exact naming. */
  private static double timerSeconds(Map<String, Double> m, String timer) {
    return m.entrySet().stream()
        .filter(e -> e.getKey().matches("(application_)?ingest_" + timer + "_seconds_sum(\\{.*)?"))
        .mapToDouble(Map.Entry::getValue).sum();
  }

  /** /metrics in the Prometheus text format, the ingest lines only. */
  private static Map<String, Double> metrics(PortalClient admin) {
    Map<String, Double> values = new TreeMap<>();
    Reply r = admin.get("/metrics", Map.of("Accept", "text/plain"));
    for (String line : r.text().lines().toList()) {
      if (line.startsWith("#") || !line.contains("ingest_")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      try {
        values.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
      } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
        // not a sample line
      }
    }
    return values;
  }

  /** Words from the portal's own source texts (content/kilder), for generated Danish text. */
  static String vocabulary() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> s = Files.walk(Path.of("content", "kilder"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }

  /** About 8 KB of plain Danish text: a slice of the source texts plus a unique line. */
  private static byte[] text(String vocabulary, Random random) {
    int length = 8000;
    int start = random.nextInt(Math.max(1, vocabulary.length() - length));
    String body = vocabulary.substring(start, Math.min(vocabulary.length(), start + length))
        + "\nLøbenummer " + random.nextLong() + "\n";
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
