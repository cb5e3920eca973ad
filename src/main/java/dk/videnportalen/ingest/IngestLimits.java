package dk.videnportalen.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Upload limits; see the configuration table in README.md. */
@ApplicationScoped
public class IngestLimits {

  @Inject
  @ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "104857600")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "portal.upload.max-files", defaultValue = "50")
  int maxFiles;

  /** Largest accepted file, in bytes (default 100 MB); larger uploads get 413. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Most files in one request. */
  public int maxFiles() {
    return maxFiles;
  }

  /** The limit as a person reads it, e.g. "100 MB". */
  public String maxBytesText() {
    long mb = maxBytes / (1024 * 1024);
    return mb > 0 ? mb + " MB" : maxBytes + " bytes";
  }
}
