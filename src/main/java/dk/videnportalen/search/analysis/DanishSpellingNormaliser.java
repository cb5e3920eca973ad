package dk.videnportalen.search.analysis;

/**
 * Folds spelling variants of the Danish letters onto æ, ø and å, rule by rule. Lucene's
 * {@code ScandinavianNormalizer} always folds ä/ö and ties the choice of rules to its own set, so
 * the two switches of {@link AnalysisFeature} are implemented here instead: the aa rule (Aarhus =
 * Århus) and the foreign-letter rules (ä, ö, ae, oe, é). Nothing is folded to plain a or o, so å
 * and a stay different words (går / gar, tå / ta). Works on lower-case text.
 */
final class DanishSpellingNormaliser {

  private final boolean aa;
  private final boolean variants;

  DanishSpellingNormaliser(boolean aa, boolean variants) {
    this.aa = aa;
    this.variants = variants;
  }

  boolean isActive() {
    return aa || variants;
  }

  /** Normalises {@code buffer[0..length)} in place and returns the new length. */
  int normalise(char[] buffer, int length) {
    int out = 0;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      char next = i + 1 < length ? buffer[i + 1] : 0;
      if (aa && c == 'a' && next == 'a') {
        buffer[out++] = 'å';
        i++;
      } else if (variants && c == 'a' && next == 'e') {
        buffer[out++] = 'æ';
        i++;
      } else if (variants && c == 'o' && next == 'e') {
        buffer[out++] = 'ø';
        i++;
      } else if (variants && c == 'ä') {
        buffer[out++] = 'æ';
      } else if (variants && c == 'ö') {
        buffer[out++] = 'ø';
      } else if (variants && (c == 'é' || c == 'è' || c == 'ê')) {
        buffer[out++] = 'e';
      } else {
        buffer[out++] = c;
      }
    }
    return out;
  }

  String normalise(String text) {
    char[] chars = text.toCharArray();
    return new String(chars, 0, normalise(chars, chars.length));
  }
}
