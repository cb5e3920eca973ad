package dk.videnportalen.catalog;

import java.util.Arrays;
import java.util.Optional;

/** Who a learning package is for. API and content/ use the lower-case codes. */
public enum Audience {
  DAGTILBUD("dagtilbud"),
  SKOLE("skole"),
  FRITID_UNGDOM("fritid-ungdom"),
  LEDERE("ledere"),
  ALLE("alle");

  private final String code;

  Audience(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Audience> fromCode(String code) {
    return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
  }
}
