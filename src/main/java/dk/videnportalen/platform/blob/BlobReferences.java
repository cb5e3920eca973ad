package dk.videnportalen.platform.blob;

import java.util.Collection;
import java.util.Set;

/**
 * Implemented by each feature that writes blob addresses into the database, so that
 * {@link BlobSweep} can tell which stored blobs are still needed without knowing the features.
 */
public interface BlobReferences {

  /** Of these addresses, the ones this feature still needs. Runs in its own transaction. */
  Set<String> inUse(Collection<String> addresses);

  /**
   * Called for a blob no feature needs, just before it is deleted: forget rows that describe
   * only those bytes (nothing by default). Runs in its own transaction.
   */
  default void release(String address) {}
}
