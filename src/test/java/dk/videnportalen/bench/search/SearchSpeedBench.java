package dk.videnportalen.bench.search;

import dk.videnportalen.platform.Texts;
import dk.videnportalen.search.IndexFields;
import dk.videnportalen.search.InProcessPortalSearch;
import dk.videnportalen.search.ItemType;
import dk.videnportalen.search.SearchDocument;
import dk.videnportalen.search.SearchRequest;
import dk.videnportalen.search.SearchResult;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Search speed of the portal (issue 4, item 9): generates a Danish-like corpus, indexes it with
 * the portal's own analysis and document layout, and in one run measures single-threaded search
 * latency (p50/p95/p99) for one query mix through
 * <ol>
 *   <li>the portal's search path in process (parser, drill-sideways facets, snippets, spelling),
 *   <li>the same query without facets and snippets (to show where the time goes),
 *   <li>the floor: a raw Lucene BooleanQuery of TermQuerys, top 10, on the same index,
 *   <li>PostgreSQL full-text search with the 'danish' configuration over the same texts,
 *   <li>the portal over HTTP ({@code GET /api/search}) on a real Payara Micro portal loaded
 *       through the bulk-import API (at {@code http.n} items), with the in-process path and the
 *       floor at the same size beside it.
 * </ol>
 * Writes raw latencies and a Markdown table to {@code bench/results/}. Not a test: nothing here
 * asserts a time. Run with {@code bench/search-speed.sh} (settings in its header).
 */
public final class SearchSpeedBench {

  private static final PrintStream OUT = System.out;
  private static final String FLOOR_COUNTED = "raw Lucene floor + exact total and facet counts, n=";
  private static final String FLOOR_SNIPPETS = "raw Lucene floor + snippets of its hits, n=";

  private final Path project = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath()
      .normalize();
  private final Path shared = Path.of(System.getProperty("shared.dir", "/work/shared"));
  private final int n = Integer.getInteger("n", 100_000);
  private final int httpN = Integer.getInteger("http.n", Math.min(n, 10_000));
  private final long seed = Long.getLong("seed", 42L);
  private final int generatedQueries = Integer.getInteger("queries", 200);
  private final int warmup = Integer.getInteger("warmup", 3);
  private final int runs = Integer.getInteger("runs", 5);
  private final int httpWarmup = Integer.getInteger("http.warmup", 6);
  private final int httpWarmupSeconds = Integer.getInteger("http.warmup.seconds", 120);
  private final int httpHoldSeconds = Integer.getInteger("http.hold", 0);
  private final boolean http = !Boolean.getBoolean("skip.http");
  private final boolean postgres = !Boolean.getBoolean("skip.pg");
  /** Over 10,000 items the HTTP portal runs on PostgreSQL and is loaded through its tables. */
  private final boolean httpViaDatabase = "database".equals(System.getProperty("http.load",
      httpN > 10_000 ? "database" : "api"));
  private static final String PORTAL_SCHEMA = "bench_portal";
  private final int port = Integer.getInteger("port", 18100);
  private final String pgUrl = System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
  private final String pgUser = System.getProperty("pg.user", "postgres");
  private final Path work = project.resolve("target/search-speed");
  private final Path results = project.resolve("bench/results");
  private final String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));

  private final Map<String, String> facts = new LinkedHashMap<>();
  private final Map<String, long[]> latencies = new LinkedHashMap<>();
  /** Per path, the mean number of hits a search returned (a sanity check, not a speed). */
  private final Map<String, Double> meanHits = new LinkedHashMap<>();
  private final LoadSampler load = new LoadSampler();
  private int mixSize = 1;

  public static void main(String[] args) throws Exception {
    new SearchSpeedBench().run();
  }

  private void run() throws Exception {
    Files.createDirectories(work);
    Files.createDirectories(results);
    load.start();
    facts.put("started", LocalDateTime.now().toString());
    facts.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    facts.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
        + ", -Xmx" + Runtime.getRuntime().maxMemory() / (1 << 20) + "m");
    facts.put("load average at start", LoadSampler.loadavg());

    DanishCorpus corpus = DanishCorpus.load(project.resolve("content"), shared.resolve("seeds"));
    say("Vocabulary: " + corpus);
    facts.put("vocabulary", corpus.vocabularySize() + " distinct words; " + corpus.sourcesNote());
    List<SearchRequest> mix = queryMix(corpus);
    mixSize = mix.size();
    // The same mix as request paths, for wrk: wrk -s bench/wrk-paths.lua URL -- this file
    Files.write(work.resolve("query-paths.txt"), mix.stream().map(HttpPortal::searchPath).toList());
    facts.put("query mix", mix.size() + " queries (" + DanishCorpus.relevanceQueries(
        shared.resolve("relevance/queries.tsv")).size() + " from relevance/queries.tsv, "
        + generatedQueries + " generated 1-3 words; " + mix.stream().filter(this::filtered).count()
        + " with a facet drill-down, " + mix.stream().filter(SearchRequest::newestFirst).count()
        + " newest-first), each run " + warmup + "x warm-up then " + runs + "x measured");

    Path indexDir = work.resolve("index-" + n);
    boolean reuse = Boolean.getBoolean("reuse.index") && Files.isDirectory(indexDir);
    if (!reuse) {
      HttpPortal.deleteTree(indexDir);
    }
    try (InProcessPortalSearch portal = new InProcessPortalSearch(indexDir)) {
      if (reuse && portal.documents() == n) {
        // Only for trying changes to the query path quickly; the build figures need a fresh one.
        say("Reusing the index in " + indexDir + " (" + n + " documents; no build figures)");
      } else {
        build(corpus, portal, n, "");
      }
      PostgresFts pg = postgres ? loadPostgres(corpus) : null;
      try {
        Map<String, Mode> modes = new LinkedHashMap<>();
        modes.put("portal in-process, n=" + n, r -> portalSearch(portal, r));
        modes.put("portal query only (no facets/snippets), n=" + n, r -> portalQueryOnly(portal, r));
        modes.put("raw Lucene floor, n=" + n, r -> floor(portal, r));
        modes.put(FLOOR_SNIPPETS + n, r -> floorWithSnippets(portal, r));
        modes.put(FLOOR_COUNTED + n, r -> floorCounted(portal, r));
        if (pg != null) {
          modes.put("PostgreSQL FTS 'danish', n=" + n, r -> pg.search(r));
        }
        measure(modes, mix);
        writeQueries(portal, mix);
      } finally {
        if (pg != null) {
          pg.close();
        }
      }
    }
    facts.put("load average after in-process/PostgreSQL", LoadSampler.loadavg());
    report();
    if (http) {
      try {
        httpPhase(corpus, mix);
      } catch (Exception | AssertionError e) {
        // Keep the in-process figures: say what failed and report what was measured.
        facts.put("HTTP phase FAILED", e.toString());
        say("HTTP phase failed: " + e);
      }
    }
    load.stop();
    report();
  }

  // ---------------------------------------------------------------- corpus and index build

  private SearchDocument document(DanishCorpus corpus, DanishCorpus.Item item) {
    List<String> names = item.themes().stream().map(corpus::themeName).toList();
    if (item.story()) {
      // As CatalogSearchables builds a story: unit, area and the three sections as text; the
      // summary is the start of the challenge.
      String text = String.join("\n\n", item.unit(), item.area(), item.body().get(0),
          item.body().get(1), item.body().get(2));
      return new SearchDocument(item.n() + 1L, ItemType.STORY, item.title(),
          summaryOf(item.body().get(0)), item.themes(), names, null, null, item.date(),
          "/fortaellinger/" + (item.n() + 1), SearchDocument.Visibility.PUBLIC, text, List.of());
    }
    // As CatalogSearchables builds a package: the unit as text, the body as one file's text.
    return new SearchDocument(item.n() + 1L, ItemType.PACKAGE, item.title(), item.summary(),
        item.themes(), names, item.audience(), null, item.date(), "/pakker/" + (item.n() + 1),
        SearchDocument.Visibility.PUBLIC, item.unit(),
        List.of(new SearchDocument.FileText(item.n() + 1_000_000L, "tekst.txt", item.bodyText(), null)));
  }

  private static String summaryOf(String challenge) {
    return Texts.openingAtWord(challenge.strip().replaceAll("\\s+", " "), 240);
  }

  private void build(DanishCorpus corpus, InProcessPortalSearch portal, int count, String label)
      throws IOException {
    say("Indexing " + count + " items with the portal's analysis" + label + " …");
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long genNanos = 0;
    long chars = 0;
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long g = System.nanoTime();
      DanishCorpus.Item item = corpus.item(seed, i);
      SearchDocument doc = document(corpus, item);
      genNanos += System.nanoTime() - g;
      chars += item.bodyText().length();
      portal.add(doc);
      if ((i + 1) % 20_000 == 0) {
        say("  " + (i + 1) + " items, " + secs(System.nanoTime() - start) + " s");
      }
    }
    portal.commitAndRefresh();
    long total = System.nanoTime() - start;
    long peak = peakHeap();
    System.gc();
    long retained = usedHeap();
    if (label.isEmpty()) {
      Path dir = work.resolve("index-" + n);
      double seconds = total / 1e9;
      double indexSeconds = (total - genNanos) / 1e9;
      facts.put("corpus", count + " items, " + String.format(Locale.ROOT, "%.0f", chars / 1024.0
          / 1024.0) + " MiB body text, avg " + chars / count + " chars/item; generation "
          + secs(genNanos) + " s");
      facts.put("index build (portal analysis, 1 thread, incl. generation)",
          String.format(Locale.ROOT, "%.1f s, %.0f docs/s", seconds, count / seconds));
      facts.put("index build excluding generation",
          String.format(Locale.ROOT, "%.1f s, %.0f docs/s", indexSeconds, count / indexSeconds));
      facts.put("index size on disk (not merged to one segment)", mib(sizeOf(dir)) + " in "
          + segments(dir) + " segment files (" + portal.documents() + " docs)");
      facts.put("heap: peak during build / retained after GC with index open",
          mib(peak) + " / " + mib(retained));
    }
    say("  done in " + secs(total) + " s");
  }

  private PostgresFts loadPostgres(DanishCorpus corpus) throws Exception {
    say("Loading " + n + " items into PostgreSQL (schema bench_search_speed) …");
    PostgresFts pg = new PostgresFts(pgUrl, pgUser, "bench_search_speed");
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      DanishCorpus.Item item = corpus.item(seed, i);
      SearchDocument d = document(corpus, item);
      String body = d.text() + "\n\n" + String.join("\n\n",
          d.files().stream().map(SearchDocument.FileText::text).toList());
      pg.add(d.id(), d.type().code(), d.title(), d.summary(), String.join(". ", d.themeNames()),
          d.themes(), d.audience(), d.date().getYear(), body);
    }
    pg.flush();
    long loaded = System.nanoTime() - start;
    long t = System.nanoTime();
    pg.index();
    long indexed = System.nanoTime() - t;
    facts.put("PostgreSQL load (COPY incl. to_tsvector) / GIN index build",
        secs(loaded) + " s / " + secs(indexed) + " s; table+indexes " + mib(pg.sizeBytes()));
    return pg;
  }

  // ---------------------------------------------------------------- the query paths

  interface Mode {
    int run(SearchRequest r) throws Exception;
  }

  private static int portalSearch(InProcessPortalSearch portal, SearchRequest r) {
    SearchResult result = portal.search(r);
    return result.hits().size();
  }

  private static int portalQueryOnly(InProcessPortalSearch portal, SearchRequest r)
      throws IOException {
    IndexSearcher s = portal.acquire();
    try {
      BooleanQuery.Builder q = new BooleanQuery.Builder()
          .add(portal.parse(r.query(), s), BooleanClause.Occur.MUST);
      addFilters(q, r);
      return readTop(s, s.search(q.build(), r.size()));
    } finally {
      portal.release(s);
    }
  }

  /** The floor: each analysed query term as a TermQuery on title and body, SHOULD, top 10. */
  private static int floor(InProcessPortalSearch portal, SearchRequest r) throws IOException {
    IndexSearcher s = portal.acquire();
    try {
      return readTop(s, s.search(floorQuery(portal, r), r.size()));
    } finally {
      portal.release(s);
    }
  }

  /**
   * The floor plus what a results list shows of each hit: its best passage, highlighted. No
   * total and no facets: the cheapest results page with snippets.
   */
  private static int floorWithSnippets(InProcessPortalSearch portal, SearchRequest r)
      throws IOException {
    IndexSearcher s = portal.acquire();
    try {
      Query query = floorQuery(portal, r);
      TopDocs top = s.search(query, r.size());
      portal.snippets(s, query, top);
      return top.scoreDocs.length;
    } finally {
      portal.release(s);
    }
  }

  /**
   * The floor plus what every results page needs besides its ten hits: the exact total and the
   * facet counts, i.e. one more pass over all matches. The plain floor never visits most
   * matches (top-10 skipping), which no page with "N results" and facet counts can do.
   */
  private static int floorCounted(InProcessPortalSearch portal, SearchRequest r)
      throws IOException {
    IndexSearcher s = portal.acquire();
    try {
      Query query = floorQuery(portal, r);
      int hits = readTop(s, s.search(query, r.size()));
      portal.countWithFacets(s, query);
      return hits;
    } finally {
      portal.release(s);
    }
  }

  private static Query floorQuery(InProcessPortalSearch portal, SearchRequest r)
      throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String term : terms(portal.queryAnalyzer(), r.query())) {
      q.add(new TermQuery(new Term(IndexFields.TITLE, term)), BooleanClause.Occur.SHOULD);
      q.add(new TermQuery(new Term(IndexFields.BODY, term)), BooleanClause.Occur.SHOULD);
    }
    q.setMinimumNumberShouldMatch(1);
    addFilters(q, r);
    return q.build();
  }

  private static void addFilters(BooleanQuery.Builder q, SearchRequest r) {
    if (r.type() != null) {
      q.add(new TermQuery(new Term(IndexFields.TYPE, r.type())), BooleanClause.Occur.FILTER);
    }
    if (r.theme() != null) {
      q.add(new TermQuery(new Term(IndexFields.THEME, r.theme())), BooleanClause.Occur.FILTER);
    }
    if (r.audience() != null) {
      q.add(new TermQuery(new Term(IndexFields.AUDIENCE, r.audience())),
          BooleanClause.Occur.FILTER);
    }
  }

  private static int readTop(IndexSearcher s, TopDocs top) throws IOException {
    Set<String> fields = Set.of(IndexFields.ID, IndexFields.TITLE);
    for (ScoreDoc d : top.scoreDocs) {
      s.storedFields().document(d.doc, fields);
    }
    return top.scoreDocs.length;
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(IndexFields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (!terms.contains(term.toString())) {
          terms.add(term.toString());
        }
      }
      ts.end();
    }
    return terms;
  }

  // ---------------------------------------------------------------- measuring

  private List<SearchRequest> queryMix(DanishCorpus corpus) {
    List<SearchRequest> mix = new ArrayList<>();
    for (String q : DanishCorpus.relevanceQueries(shared.resolve("relevance/queries.tsv"))) {
      mix.add(SearchRequest.of(q));
    }
    Random r = new Random(seed);
    List<DanishCorpus.Theme> themes = corpus.themes();
    for (int i = 0; i < generatedQueries; i++) {
      String q = corpus.generatedQuery(r);
      int kind = r.nextInt(10);
      String type = kind == 2 ? (r.nextBoolean() ? "package" : "story") : null;
      String theme = kind <= 1 ? themes.get(r.nextInt(themes.size())).slug() : null;
      String audience = kind == 3 ? DanishCorpus.AUDIENCES.get(r.nextInt(5)) : null;
      String sort = kind == 4 ? "newest" : null;
      mix.add(new SearchRequest(q, type, theme, audience, null, null, sort, 0, 10));
    }
    return mix;
  }

  /**
   * The query mix with each query's total as the portal counts it, beside the raw latencies (same
   * query index): which queries are slow, and whether it is the broad ones.
   */
  private void writeQueries(InProcessPortalSearch portal, List<SearchRequest> mix)
      throws IOException {
    StringBuilder tsv =
        new StringBuilder("query_index\tquery\ttype\ttheme\taudience\tsort\ttotal\n");
    for (int i = 0; i < mix.size(); i++) {
      SearchRequest r = mix.get(i);
      tsv.append(i).append('\t').append(r.query()).append('\t').append(r.type()).append('\t')
          .append(r.theme()).append('\t').append(r.audience()).append('\t').append(r.sort())
          .append('\t').append(portal.search(r).total()).append('\n');
    }
    Files.writeString(results.resolve("search-speed-" + stamp + "-queries.tsv"), tsv,
        StandardCharsets.UTF_8);
  }

  private boolean filtered(SearchRequest r) {
    return r.type() != null || r.theme() != null || r.audience() != null;
  }

  /** Warm-up passes, then measured passes, interleaving the modes so load affects all alike. */
  private void measure(Map<String, Mode> modes, List<SearchRequest> mix) throws Exception {
    say("Warming up (" + warmup + " passes of " + mix.size() + " queries per path) …");
    for (int w = 0; w < warmup; w++) {
      for (Mode m : modes.values()) {
        for (SearchRequest r : mix) {
          m.run(r);
        }
      }
    }
    Map<String, long[]> times = new LinkedHashMap<>();
    modes.keySet().forEach(k -> times.put(k, new long[runs * mix.size()]));
    Map<String, Long> returned = new LinkedHashMap<>();
    for (int run = 0; run < runs; run++) {
      for (Map.Entry<String, Mode> e : modes.entrySet()) {
        long[] t = times.get(e.getKey());
        for (int i = 0; i < mix.size(); i++) {
          long start = System.nanoTime();
          int hits = e.getValue().run(mix.get(i));
          t[run * mix.size() + i] = System.nanoTime() - start;
          returned.merge(e.getKey(), (long) hits, Long::sum);
        }
      }
      say("  run " + (run + 1) + "/" + runs + " done; load " + LoadSampler.loadavg());
    }
    times.forEach((k, v) -> {
      latencies.put(k, v);
      meanHits.put(k, returned.getOrDefault(k, 0L) / (double) v.length);
      say(String.format(Locale.ROOT, "  %-55s p50 %7.2f  p95 %7.2f  p99 %7.2f ms", k,
          ms(pct(v, 50)), ms(pct(v, 95)), ms(pct(v, 99))));
    });
  }

  // ---------------------------------------------------------------- over HTTP

  /**
   * With {@code -Dhttp.hold=SECONDS}, keeps the loaded portal up that long after the measured
   * passes, so that other tools (bench/page-speed.sh) can measure pages at the same size; it is
   * then stopped and its schema dropped as usual.
   */
  private void holdForOtherTools(HttpPortal portal) throws InterruptedException {
    if (httpHoldSeconds > 0) {
      say("Holding the portal on http://127.0.0.1:" + port + " for " + httpHoldSeconds
          + " s (pid " + portal.pid() + ") …");
      Thread.sleep(httpHoldSeconds * 1000L);
    }
  }

  private void httpPhase(DanishCorpus corpus, List<SearchRequest> mix) throws Exception {
    Path data = work.resolve("portal-data-" + port);
    Path log = work.resolve("portal-" + port + ".log");
    String dbUrl = httpViaDatabase ? pgUrl + (pgUrl.contains("?") ? "&" : "?")
        + "currentSchema=" + PORTAL_SCHEMA : null;
    if (dbUrl != null) {
      PostgresFts.recreateSchema(pgUrl, pgUser, PORTAL_SCHEMA);
    }
    try (HttpPortal portal = new HttpPortal(project, data, port, System.getProperty(
        "portal.heap", "1g"), dbUrl)) {
      say("Starting a portal on 127.0.0.1:" + port + (dbUrl == null ? " (H2)" : " (PostgreSQL "
          + dbUrl + ")") + " (log: " + log + ") …");
      long t0 = System.nanoTime();
      portal.start(log);
      facts.put("portal boot to ready", secs(System.nanoTime() - t0) + " s (pid " + portal.pid()
          + ")");
      if (dbUrl != null) {
        loadThroughDatabase(portal, corpus, dbUrl);
      } else {
        loadThroughImportApi(portal, corpus);
      }
      // At the same size the first phase's index holds exactly the portal's items: reopen it.
      Path small = work.resolve(httpN == n ? "index-" + n : "index-http-" + httpN);
      if (httpN != n) {
        HttpPortal.deleteTree(small);
      }
      try (InProcessPortalSearch inproc = new InProcessPortalSearch(small)) {
        if (inproc.documents() != httpN) {
          build(corpus, inproc, httpN, " (same items as the HTTP portal)");
        }
        Map<String, Mode> modes = new LinkedHashMap<>();
        List<String> paths = mix.stream().map(HttpPortal::searchPath).toList();
        Map<SearchRequest, String> pathOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < mix.size(); i++) {
          pathOf.put(mix.get(i), paths.get(i));
        }
        modes.put("portal over HTTP, n=" + httpN, r -> portal.search(pathOf.get(r)));
        modes.put("portal in-process, n=" + httpN + (httpN == n ? " (HTTP phase)" : ""),
            r -> portalSearch(inproc, r));
        modes.put("raw Lucene floor, n=" + httpN + (httpN == n ? " (HTTP phase)" : ""),
            r -> floor(inproc, r));
        // The portal's JVM runs far more code than this one: measured with wrk after a boot, its
        // p95 fell for two minutes (about 15,000 searches) before it held steady. Warm it up
        // for as long before the shared passes, so that they measure the portal as it runs.
        long warm = System.nanoTime();
        long warmUntil = warm + httpWarmupSeconds * 1_000_000_000L;
        int passes = 0;
        while (passes < httpWarmup || System.nanoTime() < warmUntil) {
          for (String path : paths) {
            portal.search(path);
          }
          passes++;
        }
        facts.put("HTTP portal warm-up before the measured passes", passes + " extra passes, "
            + passes * paths.size() + " searches (" + secs(System.nanoTime() - warm) + " s)");
        measure(modes, mix);
      }
      facts.put("load average after HTTP", LoadSampler.loadavg());
      holdForOtherTools(portal);
    } finally {
      if (dbUrl != null) {
        // A gigabyte of bench rows has no place in the shared database once the run is over.
        PostgresFts.dropSchema(pgUrl, pgUser, PORTAL_SCHEMA);
      }
    }
  }

  /** The way a person would load items: the bulk-import API (Tika on every package's file). */
  private void loadThroughImportApi(HttpPortal portal, DanishCorpus corpus) throws Exception {
    say("Writing " + httpN + " item folders below the portal's import dir …");
    for (int i = 0; i < httpN; i++) {
      portal.writeItem("bench", corpus.item(seed, i));
    }
    int before = portal.indexStatus().getInt("documents");
    say("Importing through POST /api/imports/folder …");
    long start = System.nanoTime();
    JsonObject job = portal.importFolder("bench", p -> say("  imported " + p + "/" + httpN
        + " (" + secs(System.nanoTime() - start) + " s)"));
    long imported = System.nanoTime() - start;
    int expected = before + httpN - job.getInt("failed");
    JsonObject status;
    while (true) {
      status = portal.indexStatus();
      if (status.getInt("documents") >= expected
          && status.getJsonNumber("lastEvent").longValue()
          >= status.getJsonNumber("latestEvent").longValue()) {
        break;
      }
      Thread.sleep(1000);
    }
    long searchable = System.nanoTime() - start;
    facts.put("HTTP load: " + httpN + " items via /api/imports/folder",
        String.format(Locale.ROOT, "imported in %s s (%.0f items/s), all searchable after %s s;"
            + " %d failed; index holds %d docs (incl. content/ imported at boot)",
            secs(imported), httpN / (imported / 1e9), secs(searchable), job.getInt("failed"),
            status.getInt("documents")));
    if (job.getInt("failed") > 0) {
      say("  first failures: " + job.getJsonArray("entries").stream()
          .filter(e -> e.asJsonObject().getString("state", "").equals("FAILED")).limit(3)
          .toList());
    }
  }

  /**
   * Many items: rows written straight into the portal's PostgreSQL tables, then the portal's own
   * index rebuild (the path it takes after a lost index) reads them back and indexes them.
   */
  private void loadThroughDatabase(HttpPortal portal, DanishCorpus corpus, String dbUrl)
      throws Exception {
    // The portal imports content/ (and with it the themes) in the background after boot.
    for (int i = 0; i < 360 && portal.get("/api/themes", false).body().strip().equals("[]"); i++) {
      Thread.sleep(500);
    }
    say("Writing " + httpN + " items into the portal's tables …");
    long start = System.nanoTime();
    try (PortalDatabaseLoader loader = new PortalDatabaseLoader(dbUrl, pgUser)) {
      if (loader.themes() == 0) {
        throw new IllegalStateException("The portal has no themes: was content/ imported?");
      }
      for (int i = 0; i < httpN; i++) {
        loader.add(corpus.item(seed, i));
        if ((i + 1) % 20_000 == 0) {
          say("  " + (i + 1) + " rows, " + secs(System.nanoTime() - start) + " s");
        }
      }
    }
    long written = System.nanoTime() - start;
    say("Rebuilding the portal's index from its database (POST /api/admin/index/rebuild) …");
    long t = System.nanoTime();
    JsonObject status = portal.rebuildIndex(s -> say("  indexed " + s.get("rebuildDone") + "/"
        + s.get("rebuildTotal") + " (" + secs(System.nanoTime() - t) + " s)"));
    long rebuilt = System.nanoTime() - t;
    facts.put("HTTP load: " + httpN + " items written to the portal's PostgreSQL tables",
        String.format(Locale.ROOT, "rows in %s s; the portal's index rebuild from the database "
            + "%s s (%.0f items/s); index holds %d docs (incl. content/ imported at boot)",
            secs(written), secs(rebuilt), status.getInt("documents") / (rebuilt / 1e9),
            status.getInt("documents")));
  }

  // ---------------------------------------------------------------- report

  private void report() throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Search speed run ").append(stamp).append("\n\n");
    md.append("| path | p50 ms | p95 ms | p99 ms | mean ms | samples | hits/search |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|\n");
    latencies.forEach((k, v) -> md.append(String.format(Locale.ROOT,
        "| %s | %.2f | %.2f | %.2f | %.2f | %d | %.1f |\n", k, ms(pct(v, 50)), ms(pct(v, 95)),
        ms(pct(v, 99)), ms((long) Arrays.stream(v).average().orElse(0)), v.length,
        meanHits.getOrDefault(k, 0.0))));
    md.append("\n**Ratios (p50 / p95)**\n\n");
    ratio(md, "portal in-process, n=" + n, "raw Lucene floor, n=" + n);
    ratio(md, "portal query only (no facets/snippets), n=" + n, "raw Lucene floor, n=" + n);
    ratio(md, "portal in-process, n=" + n, FLOOR_COUNTED + n);
    ratio(md, FLOOR_SNIPPETS + n, "raw Lucene floor, n=" + n);
    ratio(md, FLOOR_COUNTED + n, "raw Lucene floor, n=" + n);
    ratio(md, "PostgreSQL FTS 'danish', n=" + n, "portal in-process, n=" + n);
    ratio(md, "portal over HTTP, n=" + httpN, "portal in-process, n=" + httpN);
    ratio(md, "portal in-process, n=" + httpN, "raw Lucene floor, n=" + httpN);
    String httpKey = "portal over HTTP, n=" + httpN;
    String inSmall = "portal in-process, n=" + httpN;
    String inBig = "portal in-process, n=" + n;
    if (latencies.containsKey(httpKey) && latencies.containsKey(inSmall) && httpN != n) {
      double est = ms(pct(latencies.get(inBig), 95)) + ms(pct(latencies.get(httpKey), 95))
          - ms(pct(latencies.get(inSmall), 95));
      md.append(String.format(Locale.ROOT, "\nEstimated HTTP p95 at n=%d: in-process p95 at n=%d "
          + "+ (HTTP p95 − in-process p95 at n=%d) = %.2f ms\n", n, n, httpN, est));
    }
    facts.put("load average at end", LoadSampler.loadavg());
    facts.put("load average samples during run (1-min; min / mean / max)", load.summary());
    md.append("\n**Conditions and build figures**\n\n");
    facts.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
    Path mdFile = results.resolve("search-speed-" + stamp + ".md");
    Files.writeString(mdFile, md, StandardCharsets.UTF_8);
    Files.writeString(results.resolve("search-speed-latest.md"), md, StandardCharsets.UTF_8);
    StringBuilder raw = new StringBuilder("path\trun_index\tquery_index\tnanos\n");
    latencies.forEach((k, v) -> {
      for (int i = 0; i < v.length; i++) {
        raw.append(k).append('\t').append(i / mixSize).append('\t').append(i % mixSize)
            .append('\t').append(v[i]).append('\n');
      }
    });
    Files.writeString(results.resolve("search-speed-" + stamp + "-raw.tsv"), raw,
        StandardCharsets.UTF_8);
    OUT.println();
    OUT.println(md);
    OUT.println("Written: " + mdFile + " and its -raw.tsv");
  }

  private void ratio(StringBuilder md, String a, String b) {
    if (latencies.containsKey(a) && latencies.containsKey(b)) {
      long[] x = latencies.get(a);
      long[] y = latencies.get(b);
      md.append(String.format(Locale.ROOT, "- %s vs %s: %.1f× / %.1f×%n", a, b,
          (double) pct(x, 50) / pct(y, 50), (double) pct(x, 95) / pct(y, 95)));
    }
  }

  // ---------------------------------------------------------------- helpers

  static long pct(long[] values, double p) {
    long[] s = values.clone();
    Arrays.sort(s);
    int rank = (int) Math.ceil(p / 100.0 * s.length);
    return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static String secs(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / 1024.0 / 1024.0);
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static long segments(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("_[a-z0-9]+\\..*")).count();
    }
  }

  private static void say(String s) {
    OUT.println(LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " " + s);
  }

  /** Samples /proc/loadavg every 5 s in the background (the machine is shared). */
  static final class LoadSampler {
    private final ConcurrentLinkedQueue<Double> samples = new ConcurrentLinkedQueue<>();
    private Thread thread;

    void start() {
      thread = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          String[] f = loadavg().split(" ");
          try {
            samples.add(Double.parseDouble(f[0]));
            Thread.sleep(5000);
          } catch (NumberFormatException ignored) {
            return;
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "load-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() {
      thread.interrupt();
    }

    String summary() {
      double[] v = samples.stream().mapToDouble(Double::doubleValue).toArray();
      if (v.length == 0) {
        return "n/a";
      }
      return String.format(Locale.ROOT, "%.1f / %.1f / %.1f over %d samples",
          Arrays.stream(v).min().getAsDouble(), Arrays.stream(v).average().getAsDouble(),
          Arrays.stream(v).max().getAsDouble(), v.length);
    }

    static String loadavg() {
      try {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
      } catch (IOException e) {
        return "n/a";
      }
    }
  }
}
