package dk.videnportalen.catalog;

/**
 * What text extraction made of a stored file. Mirrors the extraction subsystem's status so that
 * the catalog does not depend on it.
 */
public enum ExtractionOutcome {
  OK,
  EMPTY,
  ENCRYPTED,
  CORRUPT,
  TOO_LARGE,
  TIMEOUT,
  UNSUPPORTED;

  /** The API's lower-case, hyphenated form ({@code too-large}). */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
