package dk.videnportalen.search.analysis;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The portal's Danish analyzers, built once from the class-path word lists. Create one instance
 * at start-up (loading takes about half a second, mostly the compound dictionary), keep it for the
 * life of the index, and use:
 *
 * <ul>
 *   <li>{@link #indexAnalyzer()} for every text field when indexing (title, summary, themes,
 *       body): it adds compound parts;
 *   <li>{@link #queryAnalyzer(Supplier)} for parsing queries on those fields (no decompounding,
 *       synonyms from a {@link SwappableSynonyms} the editors can change at run time);
 *   <li>{@link #suggestAnalyzer()} for suggestions and spell checking (words as typed, folded);
 *   <li>{@link #normaliseKeyword(String)} for facet values and the exact-title key.
 * </ul>
 *
 * <p>The analyzers are thread-safe. {@link #close()} releases their per-thread caches.
 */
public final class PortalAnalyzers implements Closeable {

  private final Set<AnalysisFeature> features;
  private final AnalysisResources resources;
  private final Analyzer indexAnalyzer;
  private final Analyzer suggestAnalyzer;
  private final SynonymMap defaultSynonyms;

  private PortalAnalyzers(Set<AnalysisFeature> features) {
    this.features = Collections.unmodifiableSet(EnumSet.copyOf(features));
    this.resources = new AnalysisResources(this.features);
    this.indexAnalyzer = new DanishTextAnalyzer(DanishTextAnalyzer.Stage.INDEX, this.features,
        resources, null);
    this.suggestAnalyzer = new DanishTextAnalyzer(DanishTextAnalyzer.Stage.SUGGEST,
        this.features, resources, null);
    try {
      this.defaultSynonyms = parseSynonyms(resources.defaultSynonymRules);
    } catch (ParseException e) {
      throw new IllegalStateException("The bundled synonyms.txt does not parse", e);
    }
  }

  /** The production configuration, {@link AnalysisFeature#production()}. */
  public static PortalAnalyzers load() {
    return load(AnalysisFeature.production());
  }

  /** A configuration of chosen steps; used by the evaluation to compare variants. */
  public static PortalAnalyzers load(Set<AnalysisFeature> features) {
    if (features.isEmpty()) {
      return new PortalAnalyzers(EnumSet.noneOf(AnalysisFeature.class));
    }
    return new PortalAnalyzers(features);
  }

  public Set<AnalysisFeature> features() {
    return features;
  }

  /** For text fields at index time: the full chain including compound parts. */
  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  /**
   * For parsing queries on the text fields: the index chain without decompounding, with the
   * synonyms {@code synonyms} supplies at the moment each query is analysed. Without the
   * {@link AnalysisFeature#SYNONYMS} feature the supplier is ignored. Create it once and keep it.
   */
  public Analyzer queryAnalyzer(Supplier<SynonymMap> synonyms) {
    if (!features.contains(AnalysisFeature.SYNONYMS)) {
      return new DanishTextAnalyzer(DanishTextAnalyzer.Stage.QUERY, features, resources, null);
    }
    return new SynonymSwitchingAnalyzer(synonyms, map -> new DanishTextAnalyzer(
        DanishTextAnalyzer.Stage.QUERY, features, resources, map));
  }

  /** A query analyzer with the bundled default synonyms, fixed. */
  public Analyzer queryAnalyzer() {
    return queryAnalyzer(() -> defaultSynonyms);
  }

  /**
   * Only the parts of compounds (læringsfællesskaber → læring, fællesskab), for indexing them in
   * a separate field instead; needs DECOMPOUND. Measured slightly worse than parts inside the text
   * fields ({@link #indexAnalyzer()}), so not used by the portal; kept for the evaluation.
   */
  public Analyzer compoundPartsAnalyzer() {
    return new DanishTextAnalyzer(DanishTextAnalyzer.Stage.COMPOUND_PARTS, features, resources,
        null);
  }

  /** For suggestions and did-you-mean: lower case and æ/ø/å folding only. */
  public Analyzer suggestAnalyzer() {
    return suggestAnalyzer;
  }

  /** The bundled synonyms ({@code synonyms.txt}); empty without the SYNONYMS feature. */
  public SynonymMap defaultSynonyms() {
    return defaultSynonyms;
  }

  /** A holder starting with the bundled synonyms, for {@link #queryAnalyzer(Supplier)}. */
  public SwappableSynonyms newSwappableSynonyms() {
    return new SwappableSynonyms(defaultSynonyms);
  }

  /**
   * Parses synonym rules in Solr's format ("a, b" equivalent; "a => a, b" one-way; # comments),
   * as editors maintain them. The rules' words go through the query chain (lower case, folding,
   * stemming), so "professionelle læringsfællesskaber" also matches the singular; a stopword
   * cannot be part of a rule, since queries lose it before the synonym step.
   *
   * @throws ParseException when a rule is malformed or consists of stopwords
   */
  public SynonymMap parseSynonyms(String rules) throws ParseException {
    try (Analyzer ruleAnalyzer = new DanishTextAnalyzer(DanishTextAnalyzer.Stage.QUERY, features,
        resources, null)) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
      parser.parse(new StringReader(rules));
      return parser.build();
    } catch (IOException e) {
      throw new IllegalStateException("Reading from a string failed", e);
    } catch (IllegalArgumentException e) {
      ParseException parseException = new ParseException(e.getMessage(), 0);
      parseException.initCause(e);
      throw parseException;
    }
  }

  /**
   * A facet value or title as one comparable key: lower case, æ/ø/å folding, every run of
   * non-letters and non-digits made one space ("UngiÅrhus  Nord!" → "ungiårhus nord").
   */
  public String normaliseKeyword(String value) {
    String folded = resources.spelling.normalise(value.toLowerCase(Locale.ROOT));
    return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  @Override
  public void close() {
    indexAnalyzer.close();
    suggestAnalyzer.close();
  }
}
