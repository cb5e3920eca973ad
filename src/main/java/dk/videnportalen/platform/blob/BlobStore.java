package dk.videnportalen.platform.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Content-addressed storage of originals: the same bytes are stored once. */
public interface BlobStore {

  /**
   * Stores everything {@code in} yields.
   *
   * @param maxBytes the most bytes accepted; beyond it nothing is kept
   * @throws BlobTooLargeException when the stream is longer than {@code maxBytes}
   */
  Blob put(InputStream in, long maxBytes) throws IOException;

  /** Opens a stored blob for reading. */
  InputStream open(String sha256) throws IOException;

  boolean exists(String sha256);

  /**
   * A local file with the blob's bytes, for tools that need a path (text extraction). For the
   * local store this is the blob itself and must not be modified.
   */
  Path localPath(String sha256) throws IOException;

  /** A stored blob: its address and size, and whether these bytes were already stored. */
  record Blob(String sha256, long size, boolean existed) {}

  /** Checks that {@code sha256} is a well-formed address, so it can never name another path. */
  static String requireAddress(String sha256) {
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("Not a blob address: " + sha256);
    }
    return sha256;
  }
}
