package dk.videnportalen.platform;

/** Small operations on text shown to people. */
public final class Texts {

  private Texts() {}

  /**
   * The text if it has at most {@code max} characters, else its opening cut at the last space
   * within {@code max} (or at {@code max} if that would keep less than half) and marked " …".
   */
  public static String openingAtWord(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max);
    return text.substring(0, cut > max / 2 ? cut : max).stripTrailing() + " …";
  }
}
