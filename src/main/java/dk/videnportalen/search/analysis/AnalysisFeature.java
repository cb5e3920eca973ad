package dk.videnportalen.search.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The switchable steps of the Danish analysis chain. The evaluation harness compares sets of them;
 * {@link #production()} is the set that measured best and is what the portal runs.
 */
public enum AnalysisFeature {
  /** Remove Danish function words (Snowball's list), at index and query time. */
  STOPWORDS,
  /** Also remove question words (hvordan, hvorfor …) that carry no topic in a search box. */
  QUESTION_WORDS,
  /** Danish Snowball stemming. */
  STEM,
  /**
   * Bring derived nouns and their verbs together after stemming (undervisning → undervis), from a
   * small curated list; needs {@link #STEM}.
   */
  LEMMA_MAP,
  /** Split compounds into their parts at index time only, keeping the compound itself. */
  DECOMPOUND,
  /** Old spelling aa → å (Aarhus = Århus). */
  AA_NORMALISE,
  /** Foreign and transliterated letters: ä → æ, ö → ø, ae → æ, oe → ø, é → e. */
  VARIANT_FOLD,
  /** Query-time synonyms (English → Danish education terms, editable at run time). */
  SYNONYMS;

  /** The configuration the portal runs (see EVALUATION.md for why each step is in or out). */
  public static Set<AnalysisFeature> production() {
    return Collections.unmodifiableSet(EnumSet.of(STOPWORDS, STEM, LEMMA_MAP, DECOMPOUND,
        AA_NORMALISE, VARIANT_FOLD, SYNONYMS));
  }
}
