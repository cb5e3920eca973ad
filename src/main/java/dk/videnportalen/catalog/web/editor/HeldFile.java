package dk.videnportalen.catalog.web.editor;

import dk.videnportalen.ingest.IngestService;
import dk.videnportalen.platform.blob.BlobStore;
import java.io.Serializable;

/**
 * A file uploaded on an editor page but not yet attached: its bytes are already in the blob store
 * (content-addressed, so an abandoned upload costs no database rows, and the blob sweep deletes
 * it once the grace period has passed), and it is analysed and attached when the item is saved.
 */
public record HeldFile(String name, String sha256, long size, boolean existed) implements Serializable {

  static HeldFile of(IngestService.Received received) {
    BlobStore.Blob b = received.blob();
    return new HeldFile(received.name(), b.sha256(), b.size(), b.existed());
  }

  IngestService.Received received() {
    return new IngestService.Received(name, new BlobStore.Blob(sha256, size, existed));
  }
}
