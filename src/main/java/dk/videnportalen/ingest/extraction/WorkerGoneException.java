package dk.videnportalen.ingest.extraction;

/** The worker died before it could even read the request: not the file's fault, try another. */
final class WorkerGoneException extends Exception {

  private static final long serialVersionUID = 1L;

  WorkerGoneException(Throwable cause) {
    super(cause);
  }
}
