package dk.videnportalen.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * The compound parts of {@code compound-parts.txt} (derived from hunspell-da, see that file's
 * header): which letter sequences may begin a compound (lærings-, børne-, model-, arbejds-) and,
 * by Snowball stem, which words may end one. Immutable and thread-safe; about 95 000 words
 * (1.5 MB of text, about 15 MB of heap), loaded once per {@link PortalAnalyzers}.
 *
 * <p>Two small, general rules keep lexicalised words whole, where the dictionary would allow a
 * split that no reader makes:
 *
 * <ul>
 *   <li>particles, prepositions and auxiliaries never begin a compound (under|visning, til|bud,
 *       ud|vikling, for|ældre, be|tydning): in Danish they form new words, not compounds;
 *   <li>derivational suffixes that are also words never end one (tryg|hed, fælles|skab, ung|dom,
 *       sam|ling): they are matched by stem, so skaber/skabe are blocked with skab.
 * </ul>
 */
final class CompoundDictionary {

  static final String RESOURCE = "compound-parts.txt";
  static final int MIN_PART = 3;

  static final Set<String> NEVER_MODIFIER = Set.of(
      "alle", "anden", "andre", "bag", "blive", "der", "efter", "egen", "egne", "enkelt", "fore",
      "for", "fra", "frem", "gennem", "have", "hen", "her", "hvor", "igen", "ikke", "ind",
      "kunne", "med", "mellem", "mis", "mod", "ned", "omkring", "over", "på", "rundt", "sam",
      "samme", "sammen", "selv", "skulle", "tilbage", "til", "uden", "under", "ved", "ver",
      "ville", "være");

  static final Set<String> NEVER_HEAD = Set.of(
      "agtig", "ant", "bar", "dom", "elle", "else", "ende", "ene", "ent", "ere", "ers", "fuld",
      "gen", "hed", "inde", "ion", "isk", "isme", "ist", "ive", "ler", "lig", "ling", "løs",
      "mæssig", "ner", "ning", "øse", "ren", "rer", "ret", "sel", "sen", "sion", "skab", "ske",
      "som", "ste", "ster", "ter", "tet", "tion", "tur", "ven", "vis");

  private final CharArrayMap<String> modifierBases;
  private final CharArraySet headStems;

  private CompoundDictionary(CharArrayMap<String> modifierBases, CharArraySet headStems) {
    this.modifierBases = modifierBases;
    this.headStems = headStems;
  }

  static CompoundDictionary load() {
    try (InputStream in = CompoundDictionary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing class-path resource " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
  }

  static CompoundDictionary read(BufferedReader reader) throws IOException {
    DanishStemmer stemmer = new DanishStemmer();
    CharArraySet blockedHeadStems = new CharArraySet(64, false);
    for (String suffix : NEVER_HEAD) {
      blockedHeadStems.add(stem(stemmer, suffix));
    }
    CharArrayMap<String> modifierBases = new CharArrayMap<>(80_000, false);
    CharArraySet headStems = new CharArraySet(100_000, false);
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab1 = line.indexOf('\t');
      int tab2 = line.indexOf('\t', tab1 + 1);
      String word = line.substring(0, tab1);
      String head = line.substring(tab1 + 1, tab2);
      String forms = line.substring(tab2 + 1);
      if (word.length() < MIN_PART) {
        continue;
      }
      if (head.startsWith("h")) {
        // The list stores how many letters the Snowball stem cuts off: no stemming at load.
        String stem = word.substring(0, word.length() - Integer.parseInt(head.substring(1)));
        if (stem.length() >= MIN_PART && !blockedHeadStems.contains(stem)) {
          headStems.add(stem);
        }
      }
      if (!forms.isEmpty() && !NEVER_MODIFIER.contains(word)) {
        for (String encoded : forms.split(",")) {
          String form = decode(word, encoded);
          if (!modifierBases.containsKey(form)) {
            modifierBases.put(form, word);
          }
        }
      }
    }
    return new CompoundDictionary(modifierBases, headStems);
  }

  /** "0s" → word + s; "1s" → word minus its last letter, + s; "0" → the word itself. */
  static String decode(String word, String encoded) {
    int digits = 0;
    while (digits < encoded.length() && Character.isDigit(encoded.charAt(digits))) {
      digits++;
    }
    int strip = Integer.parseInt(encoded.substring(0, digits));
    return word.substring(0, word.length() - strip) + encoded.substring(digits);
  }

  private static String stem(DanishStemmer stemmer, String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /** The dictionary word a compound's first/middle part stands for (lærings → læring), or null. */
  String modifierBase(char[] text, int offset, int length) {
    return modifierBases.get(text, offset, length);
  }

  /** Whether a word with this Snowball stem may end a compound. */
  boolean isHeadStem(String stem) {
    return headStems.contains(stem);
  }

  int size() {
    return modifierBases.size() + headStems.size();
  }
}
