package dk.videnportalen.platform.blob;

import dk.videnportalen.platform.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The portal's blob store: the local file system under {@code <data dir>/blobs}. */
@ApplicationScoped
public class BlobStoreProducer {

  @Inject PortalConfig config;

  @Produces
  @ApplicationScoped
  BlobStore blobStore() {
    try {
      return new FileSystemBlobStore(config.dataDir().resolve("blobs"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the blob store in " + config.dataDir(), e);
    }
  }
}
