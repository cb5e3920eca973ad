package dk.videnportalen.ingest.extraction.protocol;

/**
 * How an extraction ended. Every file gets exactly one of these; a bad file is an outcome, never
 * an exception. The Danish messages are defaults for the user; a result may carry a more
 * specific one.
 */
public enum ExtractionStatus {
  /** Text came out (possibly truncated at the configured maximum, see the result's flag). */
  OK("Teksten er udtrukket"),
  /** The file is readable but holds no text: zero bytes, a blank page, a picture. */
  EMPTY("Filen indeholder ingen tekst"),
  /** Password or certificate protection keeps the text out of reach. */
  ENCRYPTED("Dokumentet er beskyttet med adgangskode"),
  /** Damaged, truncated or garbage input. */
  CORRUPT("Filen er beskadiget og kunne ikke læses"),
  /** A size, depth, compression-ratio or memory limit stopped the work; any text is partial. */
  TOO_LARGE("Filen er for stor eller for kraftigt pakket til at blive læst"),
  /** The worker did not finish within the per-file time limit and was stopped. */
  TIMEOUT("Filen blev ikke færdigbehandlet inden for tidsgrænsen"),
  /** No parser knows the format (detected from the bytes, never from the file name). */
  UNSUPPORTED("Filtypen understøttes ikke");

  private final String defaultMessage;

  ExtractionStatus(String defaultMessage) {
    this.defaultMessage = defaultMessage;
  }

  public String defaultMessage() {
    return defaultMessage;
  }
}
