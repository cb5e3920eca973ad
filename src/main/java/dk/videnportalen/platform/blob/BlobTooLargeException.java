package dk.videnportalen.platform.blob;

import java.io.IOException;

/** A stream was longer than the caller allowed; nothing of it was kept. */
public class BlobTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;
  private final long maxBytes;

  public BlobTooLargeException(long maxBytes) {
    super("More than " + maxBytes + " bytes");
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }
}
