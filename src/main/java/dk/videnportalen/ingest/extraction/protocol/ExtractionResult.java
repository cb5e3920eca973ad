package dk.videnportalen.ingest.extraction.protocol;

import java.util.Objects;

/**
 * Everything extraction learned about one file.
 *
 * @param status how it ended
 * @param message a Danish sentence for the user, specific where possible
 * @param mediaType what Tika detected from the bytes (the file name is never consulted); null if
 *     the worker never got that far
 * @param text the text, never null; pages of a PDF and slides of a presentation are separated by
 *     a form feed ({@code '\f'}); text of embedded documents (attachments, archive entries) is
 *     included where it occurs
 * @param chars {@code text.length()}, after truncation
 * @param truncated true if the text stops short: the character limit was reached, or an
 *     embedded-document limit left parts unread
 * @param metadata title, author, creation time, pages and language, as far as known
 * @param embeddedCount embedded documents that were visited
 * @param preview a PNG of the first page (about 480 px wide), or null if none was asked for or
 *     none could be made
 * @param timings time spent detecting, parsing and rendering the preview
 */
public record ExtractionResult(
    ExtractionStatus status,
    String message,
    String mediaType,
    String text,
    int chars,
    boolean truncated,
    DocumentMetadata metadata,
    int embeddedCount,
    byte[] preview,
    ExtractionTimings timings) {

  public ExtractionResult {
    Objects.requireNonNull(status, "status");
    message = message == null || message.isBlank() ? status.defaultMessage() : message;
    text = text == null ? "" : text;
    metadata = metadata == null ? DocumentMetadata.NONE : metadata;
    timings = timings == null ? ExtractionTimings.NONE : timings;
  }

  /** An outcome without any content, e.g. when the worker had to be stopped. */
  public static ExtractionResult failure(
      ExtractionStatus status, String message, ExtractionTimings timings) {
    return new ExtractionResult(
        status, message, null, "", 0, false, DocumentMetadata.NONE, 0, null, timings);
  }

  public boolean isOk() {
    return status == ExtractionStatus.OK;
  }

  public boolean hasPreview() {
    return preview != null && preview.length > 0;
  }

  /** Keeps logs readable: no text, no preview bytes. */
  @Override
  public String toString() {
    return "ExtractionResult[" + status + ", " + mediaType + ", chars=" + chars
        + (truncated ? ", truncated" : "") + ", embedded=" + embeddedCount
        + (hasPreview() ? ", preview=" + preview.length + "B" : "") + ", " + timings
        + ", message=" + message + "]";
  }
}
