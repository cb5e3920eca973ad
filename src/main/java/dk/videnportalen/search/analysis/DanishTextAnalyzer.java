package dk.videnportalen.search.analysis;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * The one Danish chain, in three stages that differ only where they must:
 *
 * <pre>
 * StandardTokenizer → lower case → stopwords → [decompound: INDEX] → aa/variant folding
 *   → Snowball → lemma map → [remove duplicates: INDEX] [synonyms: QUERY]
 * </pre>
 *
 * SUGGEST keeps words as typed (lower case and folding only) for suggestions and spell checking.
 * Decompounding runs before folding because the dictionary is spelled with æ/ø/å and before
 * stemming so the parts are stemmed like free words. Synonyms come last and their rules are read
 * through this same chain ({@link PortalAnalyzers#parseSynonyms}), so one rule covers every
 * inflection and spelling variant of its words.
 */
final class DanishTextAnalyzer extends Analyzer {

  enum Stage {
    INDEX,
    QUERY,
    SUGGEST,
    /** Only the parts of compounds, for a separate, lower-weighted field. */
    COMPOUND_PARTS
  }

  private final Stage stage;
  private final Set<AnalysisFeature> features;
  private final AnalysisResources resources;
  private final SynonymMap synonyms;

  DanishTextAnalyzer(Stage stage, Set<AnalysisFeature> features, AnalysisResources resources,
      SynonymMap synonyms) {
    this.stage = stage;
    this.features = Set.copyOf(features);
    this.resources = resources;
    this.synonyms = synonyms;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    if (stage == Stage.SUGGEST) {
      return new TokenStreamComponents(source, fold(stream));
    }
    if (resources.stopwords != null) {
      stream = new StopFilter(stream, resources.stopwords);
    }
    boolean decompound = (stage == Stage.INDEX || stage == Stage.COMPOUND_PARTS)
        && resources.compounds != null;
    if (decompound) {
      stream = new CompoundSplitFilter(stream, resources.compounds,
          stage == Stage.COMPOUND_PARTS);
    }
    stream = fold(stream);
    if (features.contains(AnalysisFeature.STEM)) {
      stream = new SnowballFilter(stream, new DanishStemmer());
    }
    if (resources.stemMap != null) {
      stream = new StemMapFilter(stream, resources.stemMap);
    }
    if (decompound) {
      stream = new RemoveDuplicatesTokenFilter(stream);
    }
    if (stage == Stage.QUERY && synonyms != null && synonyms.fst != null) {
      stream = new SynonymGraphFilter(stream, synonyms, true);
    }
    return new TokenStreamComponents(source, stream);
  }

  /** What prefix, wildcard and fuzzy terms get: lower case and folding, no stemming. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return fold(new LowerCaseFilter(in));
  }

  private TokenStream fold(TokenStream stream) {
    return resources.spelling.isActive()
        ? new DanishSpellingFilter(stream, resources.spelling) : stream;
  }
}
