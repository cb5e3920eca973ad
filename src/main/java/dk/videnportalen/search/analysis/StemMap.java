package dk.videnportalen.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Maps the stem of a derived word onto the stem of the word it comes from, where Snowball leaves
 * them apart: undervisning → undervis (= undervise, underviser). Read from {@code lemma-map.txt},
 * whose lines are plain words ("undervisning undervise"); both sides are run through the same
 * normalisation and stemmer as the text, so the file stays readable and the keys always match.
 */
final class StemMap {

  static final String RESOURCE = "lemma-map.txt";

  private final CharArrayMap<char[]> targets;

  private StemMap(CharArrayMap<char[]> targets) {
    this.targets = targets;
  }

  /**
   * @param stem the normalisation and stemming the analysis chain applies to one word
   */
  static StemMap read(BufferedReader reader, UnaryOperator<String> stem) throws IOException {
    CharArrayMap<char[]> targets = new CharArrayMap<>(128, false);
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String content = line.replaceFirst("#.*", "").trim();
      if (content.isEmpty()) {
        continue;
      }
      String[] words = content.split("\\s+");
      if (words.length != 2) {
        throw new IllegalArgumentException("Expected 'derived base' in " + RESOURCE + ": " + line);
      }
      String from = stem.apply(words[0]);
      String to = stem.apply(words[1]);
      if (!from.equals(to)) {
        targets.put(from, to.toCharArray());
      }
    }
    return new StemMap(targets);
  }

  /** The stem to use instead, or null to keep it. */
  char[] target(char[] stem, int length) {
    return targets.get(stem, 0, length);
  }

  int size() {
    return targets.size();
  }
}
