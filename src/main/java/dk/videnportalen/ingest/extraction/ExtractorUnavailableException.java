package dk.videnportalen.ingest.extraction;

/**
 * Extraction cannot run at all: the worker's jars are missing or a worker JVM does not start.
 * A problem of the installation, never of a file; callers should retry later rather than mark
 * the file as failed.
 */
public class ExtractorUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExtractorUnavailableException(String message) {
    super(message);
  }

  public ExtractorUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
