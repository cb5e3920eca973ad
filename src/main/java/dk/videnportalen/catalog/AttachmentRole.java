package dk.videnportalen.catalog;

import java.util.Arrays;
import java.util.Optional;

/** What a file is for in its package: the slide deck, a handout, a facilitator guide … */
public enum AttachmentRole {
  DECK,
  HANDOUT,
  GUIDE,
  OTHER;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<AttachmentRole> fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
  }
}
