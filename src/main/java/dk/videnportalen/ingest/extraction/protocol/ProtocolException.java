package dk.videnportalen.ingest.extraction.protocol;

import java.io.IOException;

/** The stream between portal and worker is out of step: treat the worker as broken. */
public class ProtocolException extends IOException {

  private static final long serialVersionUID = 1L;

  public ProtocolException(String message) {
    super(message);
  }
}
