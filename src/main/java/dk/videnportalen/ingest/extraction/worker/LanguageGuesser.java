package dk.videnportalen.ingest.extraction.worker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses the language of a text from its most frequent function words. Deliberately small:
 * Tika's own detectors need a language-detection module that is not in the standard parser
 * package (and {@code tika-langdetect-optimaize} 3.3.1 is not on Maven Central), and the portal
 * only needs to tell the languages its search analyzers handle. Danish, Norwegian and Swedish
 * share many words, so each list also holds the words that set it apart ({@code af}/{@code av},
 * {@code blev}/{@code ble}, {@code meget}/{@code mye}/{@code mycket}, ...); a shared word counts
 * for all of them and the distinctive ones decide.
 *
 * <p>Returns an ISO 639-1 code, or null when the text is too short or no language clearly wins
 * (for example Japanese or Russian text, which none of the lists covers).
 */
final class LanguageGuesser {

  private static final int MAX_WORDS = 3000;
  private static final int MIN_HITS = 5;
  /** Distinct function words the winner must have shown: repeating "et" is not Danish yet. */
  private static final int MIN_DISTINCT = 5;
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}']+");

  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "da", Set.of("og", "i", "at", "det", "er", "en", "til", "på", "som", "de", "med", "af",
          "for", "den", "ikke", "har", "et", "der", "var", "jeg", "sig", "men", "om", "fra", "kan",
          "vi", "være", "også", "efter", "blev", "eller", "skal", "hvor", "når", "mellem", "hvis",
          "meget", "hvad", "kun", "nu", "denne", "dette", "havde", "bliver", "ud", "sammen"),
      "no", Set.of("og", "i", "det", "er", "på", "som", "en", "til", "av", "for", "med", "har",
          "at", "ikke", "den", "de", "et", "var", "jeg", "seg", "men", "om", "fra", "kan", "vi",
          "være", "også", "etter", "ble", "eller", "skal", "hvor", "når", "mellom", "hvis", "mye",
          "hva", "bare", "nå", "denne", "dette", "hadde", "blir", "ut", "sammen", "ikkje"),
      "sv", Set.of("och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till",
          "den", "har", "de", "inte", "om", "ett", "var", "jag", "sig", "men", "från", "kan",
          "vi", "vara", "också", "efter", "blev", "eller", "ska", "där", "när", "mellan", "mycket",
          "vad", "bara", "nu", "denna", "detta", "hade", "blir", "ut", "tillsammans"),
      "en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "as", "was", "with",
          "be", "by", "on", "not", "this", "are", "or", "from", "at", "which", "but", "have",
          "an", "they", "were", "their", "has", "been", "will", "would", "there", "can", "its"),
      "de", Set.of("der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des",
          "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an",
          "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um", "sind",
          "noch", "wie", "über", "oder", "aber"),
      "fr", Set.of("de", "la", "le", "et", "les", "des", "en", "un", "du", "une", "que", "est",
          "pour", "qui", "dans", "par", "plus", "pas", "au", "sur", "ne", "se", "ce", "il", "sont",
          "avec", "ou", "son", "aux", "été", "elle", "mais", "comme", "cette"));

  private LanguageGuesser() {}

  static String guess(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Map<String, Integer> hits = new HashMap<>();
    Map<String, Set<String>> distinct = new HashMap<>();
    int words = 0;
    for (String word : WORD_SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
      if (word.isEmpty()) {
        continue;
      }
      if (++words > MAX_WORDS) {
        break;
      }
      for (Map.Entry<String, Set<String>> language : FUNCTION_WORDS.entrySet()) {
        if (language.getValue().contains(word)) {
          hits.merge(language.getKey(), 1, Integer::sum);
          distinct.computeIfAbsent(language.getKey(), k -> new HashSet<>()).add(word);
        }
      }
    }
    String best = null;
    int bestHits = 0;
    int secondHits = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > bestHits) {
        secondHits = bestHits;
        bestHits = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > secondHits) {
        secondHits = e.getValue();
      }
    }
    boolean clearWinner = bestHits >= MIN_HITS && bestHits > secondHits
        && distinct.get(best).size() >= MIN_DISTINCT
        && bestHits * 20 >= Math.min(words, MAX_WORDS);
    return clearWinner ? best : null;
  }

  /** The primary subtag of a declared language ("da-DK" → "da"), or null if it is not one. */
  static String normalizeDeclared(String declared) {
    if (declared == null) {
      return null;
    }
    String primary = declared.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }
}
