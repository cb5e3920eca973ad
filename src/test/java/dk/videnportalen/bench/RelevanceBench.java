package dk.videnportalen.bench;

import dk.videnportalen.search.analysis.RelevanceMetrics;
import dk.videnportalen.search.analysis.RelevanceMetrics.PerQuery;
import dk.videnportalen.search.analysis.RelevanceMetrics.Summary;
import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Multipart;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.Tsv;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Relevance through the real portal (issue 4, item 8). For each analysis configuration
 * ({@code PORTAL_SEARCH_ANALYSIS=baseline}, the stock Lucene DanishAnalyzer, then {@code portal})
 * it starts a fresh portal with content import off, creates the set's themes, uploads every
 * document of {@code shared/relevance/docs} through {@code POST /api/packages} with its title and
 * themes from docs.tsv, waits for the index, runs every query of queries.tsv through
 * {@code GET /api/search} and computes the metrics of eval.py ({@link RelevanceMetrics}). Hits that
 * are not one of the set's documents count as not relevant. Writes each run as
 * {@code bench/results/relevance-<config>.tsv} (eval.py's format) and the table as
 * {@code bench/results/relevance.md}.
 *
 * <p>Run with bench/relevance.sh. Arguments: configurations to run (default: baseline portal).
 */
public final class RelevanceBench {

  private record Doc(String key, String title, List<String> themes, Path file) {}

  private record Row(String config, Summary summary, Map<String, Summary> byCategory,
      double ingestSeconds, double medianQueryMillis) {}

  private RelevanceBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(System.getProperty("shared.dir", "../shared"), "relevance")
        .toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve("queries.tsv"))) {
      Bench.log("SKIPPED: no relevance set at %s (shared/relevance is absent on this machine)", dir);
      return;
    }
    List<String> configs = args.length == 0 ? List.of("baseline", "portal") : List.of(args);
    List<Doc> docs = new ArrayList<>();
    for (Map<String, String> r : Tsv.read(dir.resolve("docs.tsv"))) {
      docs.add(new Doc(r.get("key"), r.get("title"),
          List.of(r.get("themes").split(";")), dir.resolve(r.get("file"))));
    }
    List<Map<String, String>> queries = Tsv.read(dir.resolve("queries.tsv"));
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    for (Map<String, String> r : Tsv.read(dir.resolve("qrels.tsv"))) {
      qrels.computeIfAbsent(r.get("qid"), k -> new HashMap<>())
          .put(r.get("key"), Integer.parseInt(r.get("grade")));
    }
    Bench.log("relevance set: %d documents, %d queries (%s); load %s", docs.size(),
        queries.size(), dir, Bench.loadAverage());

    List<Row> rows = new ArrayList<>();
    for (String config : configs) {
      rows.add(evaluate(config, docs, queries, qrels));
    }
    String table = table(rows, queries);
    Bench.log("%n%s", table);
    Bench.write(Bench.resultsDir().resolve("relevance.md"), "# Relevance through the portal API, "
        + OffsetDateTime.now() + "\n\n" + table);
  }

  private static Row evaluate(String config, List<Doc> docs, List<Map<String, String>> queries,
      Map<String, Map<String, Integer>> qrels) {
    try (PortalServer server = Bench.freshPortal("relevance-" + config,
        Map.of("PORTAL_SEARCH_ANALYSIS", config))) {
      PortalClient admin = server.admin();
      Set<String> themes = new LinkedHashSet<>();
      docs.forEach(d -> themes.addAll(d.themes()));
      themes.forEach(slug -> Bench.ensureTheme(admin, slug));

      long t0 = System.nanoTime();
      Map<String, String> keyById = new HashMap<>();
      for (Doc d : docs) {
        String metadata = "{\"title\":" + Json.quote(d.title()) + ",\"themes\":["
            + String.join(",", d.themes().stream().map(Json::quote).toList()) + "]}";
        Reply r = admin.postMultipart("/api/packages",
            new Multipart().json("metadata", metadata).file("file", d.file()));
        if (r.status() != 201) {
          throw new IllegalStateException("upload of " + d.key() + " failed: " + r);
        }
        JsonObject pkg = r.json();
        keyById.put(String.valueOf(pkg.getJsonNumber("id").longValue()), d.key());
        JsonObject file = pkg.getJsonArray("files").getJsonObject(0);
        if (!"ok".equalsIgnoreCase(file.getString("status", ""))) {
          Bench.log("  note: %s extracted with status %s", d.key(), file.getString("status", "?"));
        }
      }
      Bench.awaitIndexed(admin, docs.size(), Duration.ofMinutes(2));
      double ingestSeconds = Bench.seconds(t0);
      Bench.log("[%s] %d documents uploaded and indexed in %.1f s", config, docs.size(),
          ingestSeconds);

      PortalClient anonymous = server.client();
      List<PerQuery> perQuery = new ArrayList<>();
      StringBuilder run = new StringBuilder("qid\tkey\trank\n");
      double[] millis = new double[queries.size()];
      for (int i = 0; i < queries.size(); i++) {
        Map<String, String> q = queries.get(i);
        long qt = System.nanoTime();
        Reply r = anonymous.get("/api/search?size=" + RelevanceMetrics.K + "&q="
            + PortalClient.query(q.get("query")));
        millis[i] = (System.nanoTime() - qt) / 1e6;
        if (r.status() != 200) {
          throw new IllegalStateException("query " + q.get("qid") + ": " + r);
        }
        List<String> ranked = new ArrayList<>();
        for (JsonValue v : r.json().getJsonArray("hits")) {
          JsonObject hit = v.asJsonObject();
          String id = hit.get("id").toString().replace("\"", "");
          String key = "package".equals(hit.getString("type", ""))
              ? keyById.getOrDefault(id, "other:" + id) : "other:" + id;
          ranked.add(key);
          run.append(q.get("qid")).append('\t').append(key).append('\t').append(ranked.size())
              .append('\n');
        }
        perQuery.add(RelevanceMetrics.evaluate(q.get("qid"), q.get("category"), ranked,
            qrels.getOrDefault(q.get("qid"), Map.of())));
      }
      Bench.write(Bench.resultsDir().resolve("relevance-" + config + ".tsv"), run.toString());
      Map<String, Summary> byCategory = new LinkedHashMap<>();
      for (Map<String, String> q : queries) {
        String c = q.get("category");
        byCategory.computeIfAbsent(c, k -> RelevanceMetrics.summarise(
            perQuery.stream().filter(p -> p.category().equals(k)).toList()));
      }
      Summary s = RelevanceMetrics.summarise(perQuery);
      Bench.log("[%s] nDCG@10 %.4f  MRR@10 %.4f  Recall@10 %.4f  no-match zero %d/%d", config,
          s.ndcg(), s.mrr(), s.recall(), s.noMatchZero(), s.noMatch());
      return new Row(config, s, byCategory, ingestSeconds, Bench.percentile(millis, 50));
    }
  }

  private static String table(List<Row> rows, List<Map<String, String>> queries) {
    StringBuilder t = new StringBuilder();
    t.append("| configuration | nDCG@10 | MRR@10 | Recall@10 | zero-hit (should-match) "
        + "| no-match queries with zero hits | ingest 53 docs (s) | median query (ms) |\n");
    t.append("|---|---|---|---|---|---|---|---|\n");
    Row base = rows.stream().filter(r -> r.config().equals("baseline")).findFirst()
        .orElse(rows.get(0));
    for (Row r : rows) {
      Summary s = r.summary();
      t.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.2f | %d/%d | %.1f | %.0f |%n",
          label(r.config()), s.ndcg(), s.mrr(), s.recall(), s.zeroHitRate(), s.noMatchZero(),
          s.noMatch(), r.ingestSeconds(), r.medianQueryMillis()));
    }
    for (Row r : rows) {
      if (r == base) {
        continue;
      }
      Summary s = r.summary();
      Summary b = base.summary();
      t.append(String.format(Locale.ROOT, "| ratio %s / %s | %.2f× | %.2f× | %.2f× | | | %.2f× | %.2f× |%n",
          r.config(), base.config(), s.ndcg() / b.ndcg(), s.mrr() / b.mrr(),
          s.recall() / b.recall(), r.ingestSeconds() / base.ingestSeconds(),
          r.medianQueryMillis() / base.medianQueryMillis()));
    }
    List<String> categories = queries.stream().map(q -> q.get("category")).distinct().toList();
    t.append("\nnDCG@10 per category (no-match: queries with zero hits)\n\n| configuration |");
    categories.forEach(c -> t.append(' ').append(c).append(" |"));
    t.append("\n|---|");
    categories.forEach(c -> t.append("---|"));
    t.append('\n');
    for (Row r : rows) {
      t.append("| ").append(label(r.config())).append(" |");
      for (String c : categories) {
        Summary s = r.byCategory().get(c);
        t.append(s.shouldMatch() > 0 ? String.format(Locale.ROOT, " %.3f |", s.ndcg())
            : " " + s.noMatchZero() + "/" + s.noMatch() + " |");
      }
      t.append('\n');
    }
    return t.toString();
  }

  private static String label(String config) {
    return switch (config) {
      case "baseline" -> "baseline: stock Lucene DanishAnalyzer (PORTAL_SEARCH_ANALYSIS=baseline)";
      case "portal" -> "portal analysis (default)";
      default -> config;
    };
  }
}
