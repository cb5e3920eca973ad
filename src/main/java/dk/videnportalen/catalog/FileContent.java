package dk.videnportalen.catalog;

/**
 * A stored original and what extraction found in it, ready to be recorded. {@link #text} is null
 * for {@link #alreadyStored} files: their stored file row exists and is reused as it is.
 */
public record FileContent(
    String sha256,
    long size,
    String mediaType,
    ExtractionOutcome status,
    String message,
    String text,
    int chars,
    boolean truncated,
    String metaTitle,
    String metaAuthor,
    String metaCreated,
    Integer metaPages,
    String metaLanguage,
    int embeddedCount,
    String previewSha256) {

  /** Bytes that were stored and extracted before (same SHA-256). */
  public static FileContent alreadyStored(String sha256, long size) {
    return new FileContent(sha256, size, null, null, null, null, 0, false, null, null, null, null,
        null, 0, null);
  }

  public boolean isAlreadyStored() {
    return status == null;
  }
}
