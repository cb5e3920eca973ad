package dk.videnportalen.ingest.extraction.protocol;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file for the worker. Only the per-file limits travel; the wall-clock limit is enforced by
 * the portal, which kills the worker, and is sent along only so that the worker can budget the
 * external converter it may start for a preview.
 *
 * @param file the document to read (absolute)
 * @param textFile where the worker writes the text as UTF-8, so that megabytes of text never
 *     pass through the pipe or sit twice in memory
 * @param preview whether to render a first-page PNG
 * @param maxChars characters kept before the text is truncated
 * @param maxEmbeddedDepth how deep embedded documents are followed (1 = attachments only)
 * @param maxEmbeddedResources embedded documents visited at most
 * @param maxCompressionRatio output per input byte beyond which Tika suspects a zip bomb
 * @param timeoutMillis the portal's wall-clock limit for this file
 * @param libreOffice command that starts LibreOffice for office previews; empty means none
 */
public record WorkerRequest(
    Path file,
    Path textFile,
    boolean preview,
    int maxChars,
    int maxEmbeddedDepth,
    int maxEmbeddedResources,
    long maxCompressionRatio,
    long timeoutMillis,
    String libreOffice) {

  public WorkerRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(textFile, "textFile");
    libreOffice = libreOffice == null ? "" : libreOffice;
  }

  public boolean hasLibreOffice() {
    return !libreOffice.isBlank();
  }
}
