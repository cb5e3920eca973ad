package dk.videnportalen.search.analysis;

import static dk.videnportalen.search.analysis.AnalysisFeature.AA_NORMALISE;
import static dk.videnportalen.search.analysis.AnalysisFeature.DECOMPOUND;
import static dk.videnportalen.search.analysis.AnalysisFeature.LEMMA_MAP;
import static dk.videnportalen.search.analysis.AnalysisFeature.QUESTION_WORDS;
import static dk.videnportalen.search.analysis.AnalysisFeature.STEM;
import static dk.videnportalen.search.analysis.AnalysisFeature.STOPWORDS;
import static dk.videnportalen.search.analysis.AnalysisFeature.SYNONYMS;
import static dk.videnportalen.search.analysis.AnalysisFeature.VARIANT_FOLD;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Measures the analysis and query construction on the shared relevance development set, in
 * process: Tika-extracted documents in an in-memory BM25 index, the 20 queries, the metrics of
 * eval.py. Each row changes one thing against the row it names, so every kept step shows its own
 * effect. Writes each row's run as {@code target/relevance/<row>.tsv} (the format eval.py reads)
 * and the tables as {@code target/relevance/results.md}.
 *
 * <p>Run: {@code mvn -q test -Dtest=RelevanceEvaluationTest}, or this main with the test class
 * path and {@code -Dshared.dir=/path/to/shared}.
 */
public final class RelevanceEvaluation {

  static final String KEY = "key";
  static final String TITLE = "title";
  static final String THEMES = "themes";
  static final String BODY = "body";
  static final String TITLE_KEY = "title_key";
  static final String PARTS = "parts";

  /**
   * Robustness probes of our own, not judged by the set's authors: two words where one names
   * something absent from the corpus and one is common in it. No document answers them, so the
   * right result is none; they show what a query construction does with half-matching queries.
   */
  static final List<String> NO_MATCH_PROBES = List.of("fodboldturnering ledelse",
      "ferieafregning dagtilbud", "lønseddel data", "madordning skole", "svømmehal læring",
      "parkeringstilladelse praksis", "sygedagpenge samarbejde", "vagtplan møder",
      "kantinemenu evaluering", "regnskab forældre");

  static final List<String> CATEGORIES = List.of("exact", "question", "inflection", "aa-variant",
      "misspelling", "person", "english", "no-match");

  /** How a row builds its query: the classic parser (baseline) or PortalQueryParser settings. */
  record QueryStyle(String name, boolean classic, MinimumShouldMatch rule, boolean themes,
      float titlePhraseBoost, float exactTitleBoost, boolean relaxUnknown, float partsBoost) {

    static final QueryStyle CLASSIC = new QueryStyle("classic OR, title^2", true, null, false, 0,
        0, false, 0);

    static QueryStyle portal(String name, MinimumShouldMatch rule) {
      return new QueryStyle(name, false, rule, false, 0, 0, false, 0);
    }

    QueryStyle withThemes() {
      return new QueryStyle(name + ", themes", false, rule, true, titlePhraseBoost,
          exactTitleBoost, relaxUnknown, partsBoost);
    }

    QueryStyle withTitlePhrase(float boost) {
      return new QueryStyle(name + ", title phrase", false, rule, themes, boost, exactTitleBoost,
          relaxUnknown, partsBoost);
    }

    QueryStyle withExactTitle(float boost) {
      return new QueryStyle(name + ", exact title", false, rule, themes, titlePhraseBoost, boost,
          relaxUnknown, partsBoost);
    }

    QueryStyle withRelaxUnknown() {
      return new QueryStyle(name + ", words checked in index", false, rule, themes, titlePhraseBoost,
          exactTitleBoost, true, partsBoost);
    }

    /** Compound parts in their own field with this weight instead of inside the text fields. */
    QueryStyle withPartsField(float boost) {
      return new QueryStyle(name + ", parts field", false, rule, themes, titlePhraseBoost,
          exactTitleBoost, relaxUnknown, boost);
    }

    QueryStyle withRule(String newName, MinimumShouldMatch newRule) {
      return new QueryStyle(newName, false, newRule, themes, titlePhraseBoost, exactTitleBoost,
          relaxUnknown, partsBoost);
    }
  }

  /** One row: analysis features (null = Lucene's stock DanishAnalyzer) and query style. */
  record Setup(String name, Set<AnalysisFeature> features, QueryStyle style) {}

  record Result(Setup setup, List<RelevanceMetrics.PerQuery> perQuery,
      Map<String, List<String>> ranked, int probesWithoutHits) {

    RelevanceMetrics.Summary summary() {
      return RelevanceMetrics.summarise(perQuery);
    }

    RelevanceMetrics.Summary summary(String category) {
      return RelevanceMetrics.summarise(
          perQuery.stream().filter(q -> q.category().equals(category)).toList());
    }
  }

  private final RelevanceCorpus corpus;
  private final Map<Set<AnalysisFeature>, PortalAnalyzers> analyzers = new HashMap<>();

  RelevanceEvaluation(RelevanceCorpus corpus) {
    this.corpus = corpus;
  }

  public static void main(String[] args) throws IOException {
    RelevanceCorpus corpus = RelevanceCorpus.load(RelevanceCorpus.defaultDir());
    RelevanceEvaluation evaluation = new RelevanceEvaluation(corpus);
    List<Result> results = evaluation.runAll(setups());
    String report = report(results);
    Path out = Path.of("target", "relevance");
    writeRuns(out, results, report);
    System.out.println(report); // the harness's output is its report
  }

  static final QueryStyle FINAL_STYLE = QueryStyle.portal("PORTAL", MinimumShouldMatch.PORTAL)
      .withRelaxUnknown().withThemes().withTitlePhrase(2f).withExactTitle(4f);

  static List<Setup> setups() {
    Set<AnalysisFeature> plain = EnumSet.of(STOPWORDS, STEM);
    Set<AnalysisFeature> all = EnumSet.allOf(AnalysisFeature.class);
    Set<AnalysisFeature> production = AnalysisFeature.production();
    List<Setup> setups = new ArrayList<>();
    setups.add(new Setup("baseline: Lucene DanishAnalyzer", null, QueryStyle.CLASSIC));
    setups.add(new Setup("portal chain, stopwords + Snowball only", plain, QueryStyle.CLASSIC));
    for (AnalysisFeature feature : List.of(AA_NORMALISE, VARIANT_FOLD, QUESTION_WORDS, LEMMA_MAP,
        DECOMPOUND, SYNONYMS)) {
      setups.add(new Setup("  + " + feature, plus(plain, feature), QueryStyle.CLASSIC));
    }
    setups.add(new Setup("all analysis features", all, QueryStyle.CLASSIC));
    setups.add(new Setup("production analysis (no QUESTION_WORDS)", production,
        QueryStyle.CLASSIC));
    QueryStyle any = QueryStyle.portal("portal parser, OR", MinimumShouldMatch.ANY);
    setups.add(new Setup("production + " + any.name(), production, any));
    setups.add(new Setup("production + portal parser, AND", production,
        QueryStyle.portal("portal parser, AND", MinimumShouldMatch.ALL)));
    setups.add(new Setup("production + portal parser, MOST", production,
        QueryStyle.portal("portal parser, MOST", MinimumShouldMatch.MOST)));
    setups.add(new Setup("production + portal parser, MOST, words checked in index", production,
        QueryStyle.portal("MOST", MinimumShouldMatch.MOST).withRelaxUnknown()));
    QueryStyle mm = QueryStyle.portal("portal parser, PORTAL rule", MinimumShouldMatch.PORTAL);
    setups.add(new Setup("production + " + mm.name() + " (index not consulted)", production, mm));
    QueryStyle relaxed = mm.withRelaxUnknown();
    setups.add(new Setup("production + portal parser, PORTAL rule, words checked in index",
        production, relaxed));
    QueryStyle themes = relaxed.withThemes();
    setups.add(new Setup("  + themes field", production, themes));
    QueryStyle phrase = themes.withTitlePhrase(2f);
    setups.add(new Setup("  + title phrase boost", production, phrase));
    setups.add(new Setup("  + exact title boost = FINAL", production, FINAL_STYLE));
    setups.add(new Setup("final, OR instead of PORTAL rule", production,
        FINAL_STYLE.withRule("OR", MinimumShouldMatch.ANY)));
    setups.add(new Setup("final, MOST instead of PORTAL rule", production,
        FINAL_STYLE.withRule("MOST", MinimumShouldMatch.MOST)));
    setups.add(new Setup("final, compound parts in own field (0.5)", production,
        FINAL_STYLE.withPartsField(0.5f)));
    for (AnalysisFeature feature : production) {
      setups.add(new Setup("final without " + feature, minus(production, feature), FINAL_STYLE));
    }
    setups.add(new Setup("final with QUESTION_WORDS", all, FINAL_STYLE));
    return setups;
  }

  private static Set<AnalysisFeature> plus(Set<AnalysisFeature> base, AnalysisFeature feature) {
    EnumSet<AnalysisFeature> set = EnumSet.copyOf(base);
    set.add(feature);
    return set;
  }

  private static Set<AnalysisFeature> minus(Set<AnalysisFeature> base, AnalysisFeature feature) {
    EnumSet<AnalysisFeature> set = EnumSet.copyOf(base);
    set.remove(feature);
    if (feature == STEM) {
      set.remove(LEMMA_MAP); // the lemma map works on stems
    }
    return set;
  }

  List<Result> runAll(List<Setup> setups) throws IOException {
    List<Result> results = new ArrayList<>();
    for (Setup setup : setups) {
      results.add(run(setup));
    }
    analyzers.values().forEach(PortalAnalyzers::close);
    analyzers.clear();
    return results;
  }

  Result run(Setup setup) throws IOException {
    PortalAnalyzers portal = setup.features() == null ? null
        : analyzers.computeIfAbsent(setup.features(), PortalAnalyzers::load);
    boolean partsField = setup.style().partsBoost() > 0;
    Analyzer indexAnalyzer = portal == null ? new DanishAnalyzer()
        : partsField ? new PerFieldAnalyzerWrapper(
            analyzers.computeIfAbsent(minus(setup.features(), DECOMPOUND), PortalAnalyzers::load)
                .indexAnalyzer(), Map.of(PARTS, portal.compoundPartsAnalyzer()))
        : portal.indexAnalyzer();
    Analyzer queryAnalyzer = portal == null ? indexAnalyzer : portal.queryAnalyzer();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      index(dir, indexAnalyzer, portal, partsField);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        BiFunction<String, IndexSearcher, Query> parser = parser(setup.style(), queryAnalyzer,
            portal);
        List<RelevanceMetrics.PerQuery> perQuery = new ArrayList<>();
        Map<String, List<String>> ranked = new LinkedHashMap<>();
        for (RelevanceCorpus.Query q : corpus.queries) {
          List<String> keys = new ArrayList<>();
          for (ScoreDoc hit : searcher.search(parser.apply(q.text(), searcher),
              RelevanceMetrics.K).scoreDocs) {
            keys.add(searcher.storedFields().document(hit.doc).get(KEY));
          }
          ranked.put(q.qid(), keys);
          perQuery.add(RelevanceMetrics.evaluate(q.qid(), q.category(), keys,
              corpus.qrels.getOrDefault(q.qid(), Map.of())));
        }
        int probesWithoutHits = 0;
        for (String probe : NO_MATCH_PROBES) {
          if (searcher.count(parser.apply(probe, searcher)) == 0) {
            probesWithoutHits++;
          }
        }
        return new Result(setup, perQuery, ranked, probesWithoutHits);
      }
    } finally {
      if (portal == null) {
        indexAnalyzer.close();
      }
    }
  }

  private void index(ByteBuffersDirectory dir, Analyzer analyzer, PortalAnalyzers portal,
      boolean partsField) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setSimilarity(new BM25Similarity());
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (RelevanceCorpus.Doc doc : corpus.docs) {
        Document d = new Document();
        d.add(new StringField(KEY, doc.key(), Field.Store.YES));
        d.add(new TextField(TITLE, doc.title(), Field.Store.NO));
        d.add(new TextField(THEMES, String.join(" ; ", doc.themes()), Field.Store.NO));
        d.add(new TextField(BODY, doc.body(), Field.Store.NO));
        String titleKey = portal == null ? doc.title().toLowerCase(Locale.ROOT)
            : portal.normaliseKeyword(doc.title());
        d.add(new StringField(TITLE_KEY, titleKey, Field.Store.NO));
        if (partsField) {
          d.add(new TextField(PARTS, doc.title() + "\n" + String.join(" ; ", doc.themes())
              + "\n" + doc.body(), Field.Store.NO));
        }
        writer.addDocument(d);
      }
    }
  }

  private static BiFunction<String, IndexSearcher, Query> parser(QueryStyle style,
      Analyzer analyzer, PortalAnalyzers portal) {
    if (style.classic()) {
      MultiFieldQueryParser classic = new MultiFieldQueryParser(new String[] {TITLE, BODY},
          analyzer, Map.of(TITLE, 2f, BODY, 1f));
      return (text, searcher) -> {
        try {
          return classic.parse(text);
        } catch (ParseException e) {
          try {
            return classic.parse(QueryParser.escape(text));
          } catch (ParseException again) {
            throw new IllegalStateException(again);
          }
        }
      };
    }
    PortalQueryParser.Builder builder = PortalQueryParser.builder(analyzer)
        .field(TITLE, 2f).field(BODY, 1f)
        .minimumShouldMatch(style.rule())
        .checkWordsInIndex(style.relaxUnknown());
    if (style.themes()) {
      builder.field(THEMES, 1.5f);
    }
    if (style.partsBoost() > 0) {
      builder.field(PARTS, style.partsBoost());
    }
    if (style.titlePhraseBoost() > 0) {
      builder.titlePhraseBoost(TITLE, style.titlePhraseBoost());
    }
    if (style.exactTitleBoost() > 0) {
      builder.exactTitleBoost(TITLE_KEY, portal::normaliseKeyword, style.exactTitleBoost());
    }
    PortalQueryParser parser = builder.build();
    return parser::parse;
  }

  static String report(List<Result> results) {
    StringBuilder out = new StringBuilder();
    out.append("| configuration | nDCG@10 | MRR@10 | Recall@10 | zero-hit | no-match zero |"
        + " probes zero |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    for (Result r : results) {
      RelevanceMetrics.Summary s = r.summary();
      out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.2f | %d/%d | %d/%d |%n",
          r.setup().name(), s.ndcg(), s.mrr(), s.recall(), s.zeroHitRate(), s.noMatchZero(),
          s.noMatch(), r.probesWithoutHits(), NO_MATCH_PROBES.size()));
    }
    out.append("\nnDCG@10 per category (no-match: queries with zero hits)\n\n| configuration |");
    CATEGORIES.forEach(c -> out.append(' ').append(c).append(" |"));
    out.append("\n|---|").append("---|".repeat(CATEGORIES.size())).append('\n');
    for (Result r : results) {
      out.append("| ").append(r.setup().name()).append(" |");
      for (String category : CATEGORIES) {
        RelevanceMetrics.Summary s = r.summary(category);
        out.append(category.equals("no-match")
            ? String.format(Locale.ROOT, " %d/%d |", s.noMatchZero(), s.noMatch())
            : String.format(Locale.ROOT, " %.3f |", s.ndcg()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  static void writeRuns(Path dir, List<Result> results, String report) {
    try {
      Files.createDirectories(dir);
      try (var old = Files.list(dir)) { // runs of an earlier row list would mislead
        for (Path file : old.filter(f -> f.toString().endsWith(".tsv")).toList()) {
          Files.delete(file);
        }
      }
      for (int i = 0; i < results.size(); i++) {
        Result r = results.get(i);
        StringBuilder tsv = new StringBuilder("qid\tkey\trank\n");
        r.ranked().forEach((qid, keys) -> {
          for (int rank = 0; rank < keys.size(); rank++) {
            tsv.append(qid).append('\t').append(keys.get(rank)).append('\t').append(rank + 1)
                .append('\n');
          }
        });
        String file = String.format(Locale.ROOT, "%02d-%s.tsv", i,
            r.setup().name().trim().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT));
        Files.writeString(dir.resolve(file), tsv, StandardCharsets.UTF_8);
      }
      Files.writeString(dir.resolve("results.md"), report, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
