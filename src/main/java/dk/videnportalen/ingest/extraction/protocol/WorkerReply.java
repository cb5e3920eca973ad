package dk.videnportalen.ingest.extraction.protocol;

import java.util.Objects;

/**
 * The worker's answer: an {@link ExtractionResult} without its text, which the worker has
 * written to the request's text file ({@code chars} characters of UTF-8).
 */
public record WorkerReply(
    ExtractionStatus status,
    String message,
    String mediaType,
    int chars,
    boolean truncated,
    DocumentMetadata metadata,
    int embeddedCount,
    byte[] preview,
    ExtractionTimings timings) {

  public WorkerReply {
    Objects.requireNonNull(status, "status");
    message = message == null || message.isBlank() ? status.defaultMessage() : message;
    metadata = metadata == null ? DocumentMetadata.NONE : metadata;
    timings = timings == null ? ExtractionTimings.NONE : timings;
  }

  /** A reply without text, for outcomes the portal decides itself (timeout, worker death). */
  public static WorkerReply of(ExtractionStatus status, String message, ExtractionTimings timings) {
    return new WorkerReply(status, message, null, 0, false, null, 0, null, timings);
  }

  public ExtractionResult toResult(String text) {
    return new ExtractionResult(status, message, mediaType, text, text == null ? 0 : text.length(),
        truncated, metadata, embeddedCount, preview, timings);
  }

  @Override
  public String toString() {
    return "WorkerReply[" + status + ", " + mediaType + ", chars=" + chars
        + (truncated ? ", truncated" : "") + ", embedded=" + embeddedCount + ", " + timings
        + ", message=" + message + "]";
  }
}
