package dk.videnportalen.catalog;

/** Themes of the learning days, and the five pillars of professional learning communities. */
public enum ThemeKind {
  THEME("tema"),
  PILLAR("soejle");

  private final String code;

  ThemeKind(String code) {
    this.code = code;
  }

  /** The value used in content/temaer.json and the API. */
  public String code() {
    return code;
  }

  public static ThemeKind fromCode(String code) {
    for (ThemeKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException("Ukendt temaart: " + code);
  }
}
