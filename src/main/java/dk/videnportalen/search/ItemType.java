package dk.videnportalen.search;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of item the index holds; {@link #code()} is the API's {@code type} value. */
public enum ItemType {
  PACKAGE,
  STORY,
  THREAD,
  POST,
  MODULE;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<ItemType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
  }
}
