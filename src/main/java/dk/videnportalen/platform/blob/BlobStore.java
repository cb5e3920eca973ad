package dk.videnportalen.platform.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Content-addressed storage of originals: the same bytes are stored once. */
public interface BlobStore {

  /** A blob's address: the SHA-256 of its bytes in lower-case hex. */
  Pattern ADDRESS = Pattern.compile("[0-9a-f]{64}");

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

  /**
   * Every stored blob with its size and when its bytes were last stored, for the sweep of blobs
   * nothing refers to. Read lazily: close the stream. A blob deleted meanwhile is left out.
   */
  Stream<Stored> list() throws IOException;

  /**
   * Deletes a blob unless its bytes were stored again at or after {@code storedBefore}: a
   * {@link #put} of the same bytes renews a blob, so an upload that is about to be attached is
   * never deleted under it.
   *
   * @return whether this call deleted it (false if it was renewed or is already gone)
   */
  boolean delete(String sha256, Instant storedBefore) throws IOException;

  /**
   * Removes what interrupted writes left behind (a {@link #put} cut short by a crash) that has
   * not changed since {@code before}; a write still in progress is newer than that.
   */
  Removed removeUnfinished(Instant before) throws IOException;

  /** A stored blob: its address and size, and whether these bytes were already stored. */
  record Blob(String sha256, long size, boolean existed) {}

  /** A blob as {@link #list()} finds it. */
  record Stored(String sha256, long size, Instant storedAt) {}

  /** How much a clean-up removed. */
  record Removed(int files, long bytes) {}

  /** Checks that {@code sha256} is a well-formed address, so it can never name another path. */
  static String requireAddress(String sha256) {
    if (sha256 == null || !ADDRESS.matcher(sha256).matches()) {
      throw new IllegalArgumentException("Not a blob address: " + sha256);
    }
    return sha256;
  }
}
