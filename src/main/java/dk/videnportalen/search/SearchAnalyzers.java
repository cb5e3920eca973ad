package dk.videnportalen.search;

import dk.videnportalen.search.analysis.MinimumShouldMatch;
import dk.videnportalen.search.analysis.PortalAnalyzers;
import dk.videnportalen.search.analysis.PortalQueryParser;
import dk.videnportalen.search.analysis.SwappableSynonyms;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The analysis of every field, at index time and at query time, built once. Danish text fields
 * use {@link PortalAnalyzers} (stemming, compound parts at index time, å/aa and variant folding,
 * editor synonyms at query time); suggestion and spelling fields keep words as people write them.
 * The measurements behind each choice are in search/analysis/EVALUATION.md.
 *
 * <p>{@code portal.search.analysis} ({@code PORTAL_SEARCH_ANALYSIS}) = {@code baseline} swaps the
 * text fields' chain, at index and query time, for Lucene's stock {@link DanishAnalyzer} (no
 * compound parts, folding or synonyms) while the query construction stays the portal's; it exists
 * so the relevance benchmark (bench/relevance.sh) can compare both through the same code. The
 * index does not record the mode: switching on an existing data dir needs an index rebuild.
 */
@ApplicationScoped
public class SearchAnalyzers {

  /** Values of {@code portal.search.analysis}. */
  public enum Mode { PORTAL, BASELINE }

  private final Mode mode = configuredMode();
  private final PortalAnalyzers portal = PortalAnalyzers.load();
  private final SwappableSynonyms synonyms = portal.newSwappableSynonyms();
  private final Analyzer stock = mode == Mode.BASELINE ? new DanishAnalyzer() : null;
  private final Analyzer query = stock != null ? stock : portal.queryAnalyzer(synonyms);
  private final Analyzer prefixes = new PrefixAnalyzer(portal.suggestAnalyzer());
  private final Analyzer text = stock != null ? stock : portal.indexAnalyzer();
  private final Analyzer indexing = new PerFieldAnalyzerWrapper(text, Map.of(
      IndexFields.BODY, new SeparateValues(text),
      IndexFields.SPELL, portal.suggestAnalyzer(),
      IndexFields.TITLE_SUGGEST, prefixes));
  private final Analyzer querying = new PerFieldAnalyzerWrapper(query, Map.of(
      IndexFields.SPELL, portal.suggestAnalyzer(),
      IndexFields.TITLE_SUGGEST, portal.suggestAnalyzer()));
  private final PortalQueryParser parser = PortalQueryParser.builder(query)
      .matchField(IndexFields.WORDS, IndexFields.BODY)
      .titlePhraseBoost(IndexFields.TITLE, 2f)
      .exactTitleBoost(IndexFields.TITLE_EXACT, portal::normaliseKeyword, 4f)
      .minimumShouldMatch(MinimumShouldMatch.PORTAL)
      .checkWordsInIndex(true)
      .build();

  /** The configured analysis: the portal's chain (default) or the stock baseline. */
  public Mode mode() {
    return mode;
  }

  private static Mode configuredMode() {
    String value;
    try {
      value = ConfigProvider.getConfig()
          .getOptionalValue("portal.search.analysis", String.class).orElse("portal");
    } catch (IllegalStateException noConfigImplementation) { // plain unit tests: no MP Config
      value = System.getProperty("portal.search.analysis", "portal");
    }
    try {
      Mode mode = Mode.valueOf(value.strip().toUpperCase(Locale.ROOT));
      if (mode == Mode.BASELINE) {
        java.util.logging.Logger.getLogger(SearchAnalyzers.class.getName()).warning(
            "Search analysis: stock Lucene DanishAnalyzer (baseline for measurements only)");
      }
      return mode;
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "portal.search.analysis must be 'portal' or 'baseline', not '" + value + "'", e);
    }
  }

  /** Per field, as documents are indexed. */
  public Analyzer forIndexing() {
    return indexing;
  }

  /** Per field, as queries and snippets are analysed. */
  public Analyzer forQueries() {
    return querying;
  }

  /** Builds queries from what people type; never throws. */
  public PortalQueryParser parser() {
    return parser;
  }

  /** Editors' synonyms, swapped in at run time. */
  public SwappableSynonyms synonyms() {
    return synonyms;
  }

  public PortalAnalyzers portal() {
    return portal;
  }

  /** The exact-title key and facet normalisation. */
  public String keyword(String value) {
    return portal.normaliseKeyword(value);
  }

  @PreDestroy
  void close() {
    portal.close();
    if (stock != null) {
      stock.close();
    }
  }

  /**
   * Keeps the values of a multi-valued field apart: the body holds the title, theme names and
   * summary as values of their own, and a phrase must not run from the end of one into the next.
   */
  static final class SeparateValues extends org.apache.lucene.analysis.DelegatingAnalyzerWrapper {
    private static final int GAP = 100;
    private final Analyzer words;

    SeparateValues(Analyzer words) {
      super(Analyzer.PER_FIELD_REUSE_STRATEGY);
      this.words = words;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return words;
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return GAP;
    }
  }

  /** Word prefixes (1–20 characters) of the suggestion chain, for suggestions as you type. */
  static final class PrefixAnalyzer extends org.apache.lucene.analysis.AnalyzerWrapper {
    private final Analyzer words;

    PrefixAnalyzer(Analyzer words) {
      super(Analyzer.PER_FIELD_REUSE_STRATEGY);
      this.words = words;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return words;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents c) {
      TokenStream grams = new EdgeNGramTokenFilter(c.getTokenStream(), 1, 20, true);
      return new TokenStreamComponents(c.getSource(), grams);
    }
  }
}
