package dk.videnportalen.search.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Splits a lower-case Danish compound into its parts: one or more first parts in a dictionary
 * linking form (lærings-, børne-, model-) and a last part that may be inflected (fællesskaber).
 * Among all splits it takes the one with the fewest parts, then splits each part again, so
 * kompetenceudviklingsforløb gives kompetenceudvikling, forløb, kompetence and udvikling.
 *
 * <p>A word that is itself in the dictionary (by stem: modellen, begreb, kontekst, interesse) is
 * split only on strong evidence, because short dictionary words hide inside long ones by chance
 * (model|len, beg|reb, kon|tekst): every part must have at least {@value #LEXICALISED_MIN_PART}
 * letters, and a linking morpheme must join them or every first part must have at least
 * {@value #LEXICALISED_MIN_BARE_MODIFIER} letters (lærings|fællesskab, forældre|samarbejde and
 * kompetence|udvikling split; inter|esse, kult|uren, delta|gere do not).
 *
 * <p>First parts come back in their dictionary form (læring, børn), the last part as written, so
 * the stemmer treats it like the whole word. Not thread-safe (it owns a stemmer): one per token
 * stream.
 */
final class CompoundSplitter {

  static final int MIN_WORD = 2 * CompoundDictionary.MIN_PART;
  static final int MAX_WORD = 60;
  static final int LEXICALISED_MIN_PART = 4;
  static final int LEXICALISED_MIN_BARE_MODIFIER = 6;
  private static final int MAX_DEPTH = 3;
  private static final int NONE = Integer.MAX_VALUE;

  private final CompoundDictionary dictionary;
  private final DanishStemmer stemmer = new DanishStemmer();

  CompoundSplitter(CompoundDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The parts of {@code word}, first parts first; empty when it is not a compound. */
  List<String> split(String word) {
    Set<String> parts = new LinkedHashSet<>();
    collect(word, 0, parts);
    parts.remove(word);
    return new ArrayList<>(parts);
  }

  private void collect(String word, int depth, Set<String> parts) {
    if (depth >= MAX_DEPTH || word.length() < MIN_WORD || word.length() > MAX_WORD
        || !isLetters(word)) {
      return;
    }
    boolean lexicalised = isKnownWord(word);
    Split split = bestSplit(word,
        lexicalised ? LEXICALISED_MIN_PART : CompoundDictionary.MIN_PART);
    if (split == null || lexicalised && !split.hasStrongEvidence()) {
      return;
    }
    parts.addAll(split.parts());
    for (String part : split.parts()) {
      collect(part, depth + 1, parts);
    }
  }

  /**
   * Dynamic programming over the word: fewest[i] is the smallest number of first parts that
   * spell word[0, i); the answer is the head position j with the fewest parts overall, preferring
   * the shorter head on ties (Danish compounds branch to the left).
   */
  private Split bestSplit(String word, int min) {
    char[] chars = word.toCharArray();
    int n = chars.length;
    int[] fewest = new int[n + 1];
    int[] from = new int[n + 1];
    String[] base = new String[n + 1];
    Arrays.fill(fewest, NONE);
    fewest[0] = 0;
    for (int end = min; end <= n - min; end++) {
      for (int start = 0; start <= end - min; start++) {
        if (fewest[start] == NONE || fewest[start] + 1 >= fewest[end]) {
          continue;
        }
        String b = dictionary.modifierBase(chars, start, end - start);
        if (b != null) {
          fewest[end] = fewest[start] + 1;
          from[end] = start;
          base[end] = b;
        }
      }
    }
    int bestHead = -1;
    for (int j = min; j <= n - min; j++) {
      if (fewest[j] != NONE && (bestHead < 0 || fewest[j] <= fewest[bestHead])
          && !shortPartsTouch(word, j, from[j], base[j]) && isHead(word.substring(j))) {
        bestHead = j;
      }
    }
    if (bestHead < 0) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    boolean linked = false;
    boolean longModifiers = true;
    for (int end = bestHead; end > 0; end = from[end]) {
      parts.add(0, base[end]);
      linked |= !base[end].equals(word.substring(from[end], end));
      longModifiers &= base[end].length() >= LEXICALISED_MIN_BARE_MODIFIER;
    }
    parts.add(word.substring(bestHead));
    return new Split(parts, linked || longModifiers);
  }

  /**
   * Two short parts side by side are usually an accident of spelling (byg|ger, sål|des, gen|nem):
   * a bare three-letter first part needs a head of at least five letters, a three-letter head
   * needs a first part of at least four letters or a linking morpheme.
   */
  private static boolean shortPartsTouch(String word, int headStart, int modifierStart,
      String modifierBase) {
    int headLength = word.length() - headStart;
    String modifierForm = word.substring(modifierStart, headStart);
    boolean linked = !modifierForm.equals(modifierBase);
    if (!linked && modifierForm.length() <= SHORT_PART && headLength < SHORT_PART + 2) {
      return true;
    }
    return headLength <= SHORT_PART && !linked && modifierForm.length() <= SHORT_PART;
  }

  private static final int SHORT_PART = 3;

  /** A split into first parts plus head, and whether it would convince for a dictionary word. */
  private record Split(List<String> parts, boolean hasStrongEvidence) {}

  /**
   * Whether the word is in the dictionary: its stem is, or, for verb and participle forms the
   * Snowball stemmer leaves longer than the infinitive (byggede, dannede, studerende), its stem
   * after one of those endings is.
   */
  private boolean isKnownWord(String word) {
    if (isHead(word)) {
      return true;
    }
    for (String ending : VERB_ENDINGS) {
      if (word.length() > ending.length() + CompoundDictionary.MIN_PART && word.endsWith(ending)
          && isHead(word.substring(0, word.length() - ending.length()))) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> VERB_ENDINGS = List.of("ede", "ende", "de", "te", "t");

  private boolean isHead(String candidate) {
    stemmer.setCurrent(candidate);
    stemmer.stem();
    return dictionary.isHeadStem(stemmer.getCurrent());
  }

  private static boolean isLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
