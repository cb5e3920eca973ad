package dk.videnportalen.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random letters for words no other test uses. Consonants only: vowel pairs such as "ae", "aa"
 * or "oe" would be folded to æ, å or ø by the portal's Danish analysis, which makes exact
 * comparisons with suggestions or synonyms fail by chance.
 */
public final class Words {

  private static final String LETTERS = "bcdfghjklmnprstv";

  private Words() {}

  public static String letters(int n) {
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append(LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length())));
    }
    return out.toString();
  }
}
