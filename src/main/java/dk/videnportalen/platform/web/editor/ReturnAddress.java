package dk.videnportalen.platform.web.editor;

/**
 * Where to go after signing in or changing a password: only a path on this portal, so a link
 * cannot send a person who just signed in to another site (open redirect).
 */
public final class ReturnAddress {

  private ReturnAddress() {}

  /** The path if it is a local one, otherwise null. */
  public static String local(String next) {
    if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//")
        || next.contains("\\") || next.length() > 500 || next.chars().anyMatch(Character::isISOControl)
        || next.startsWith("/log-ind")) {
      return null;
    }
    return next;
  }
}
