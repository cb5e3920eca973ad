package dk.videnportalen.ingest;

/**
 * An upload the portal will not take, with the HTTP status that says why: 400 malformed,
 * 413 too large, 415 a type the portal does not accept. Nothing of the upload was recorded.
 */
public class UploadRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;

  public UploadRejected(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public static UploadRejected tooLarge(String message) {
    return new UploadRejected(413, "too_large", message);
  }

  public static UploadRejected unsupported(String message) {
    return new UploadRejected(415, "unsupported_type", message);
  }

  public static UploadRejected malformed(String message) {
    return new UploadRejected(400, "bad_request", message);
  }
}
