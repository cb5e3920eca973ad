package dk.videnportalen.search;

import dk.videnportalen.search.analysis.MinimumShouldMatch;
import dk.videnportalen.search.analysis.PortalAnalyzers;
import dk.videnportalen.search.analysis.PortalQueryParser;
import dk.videnportalen.search.analysis.SwappableSynonyms;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;

/**
 * The analysis of every field, at index time and at query time, built once. Danish text fields
 * use {@link PortalAnalyzers} (stemming, compound parts at index time, å/aa and variant folding,
 * editor synonyms at query time); suggestion and spelling fields keep words as people write them.
 * The measurements behind each choice are in search/analysis/EVALUATION.md.
 */
@ApplicationScoped
public class SearchAnalyzers {

  private final PortalAnalyzers portal = PortalAnalyzers.load();
  private final SwappableSynonyms synonyms = portal.newSwappableSynonyms();
  private final Analyzer query = portal.queryAnalyzer(synonyms);
  private final Analyzer prefixes = new PrefixAnalyzer(portal.suggestAnalyzer());
  private final Analyzer indexing = new PerFieldAnalyzerWrapper(portal.indexAnalyzer(), Map.of(
      IndexFields.SPELL, portal.suggestAnalyzer(),
      IndexFields.TITLE_SUGGEST, prefixes));
  private final Analyzer querying = new PerFieldAnalyzerWrapper(query, Map.of(
      IndexFields.SPELL, portal.suggestAnalyzer(),
      IndexFields.TITLE_SUGGEST, portal.suggestAnalyzer()));
  private final PortalQueryParser parser = PortalQueryParser.builder(query)
      .field(IndexFields.TITLE, 2f)
      .field(IndexFields.THEMES_TEXT, 1.5f)
      .field(IndexFields.SUMMARY, 1.5f)
      .field(IndexFields.BODY, 1f)
      .titlePhraseBoost(IndexFields.TITLE, 2f)
      .exactTitleBoost(IndexFields.TITLE_EXACT, portal::normaliseKeyword, 4f)
      .minimumShouldMatch(MinimumShouldMatch.PORTAL)
      .checkWordsInIndex(true)
      .build();

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
