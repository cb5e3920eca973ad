package dk.videnportalen.ingest;

import dk.videnportalen.catalog.FileContent;
import dk.videnportalen.platform.blob.BlobStore;
import java.io.IOException;

/**
 * Finds out what a stored blob is: media type from its bytes, text, metadata and a preview
 * image. Bad content is never an exception; it is a status in the result.
 */
public interface FileAnalyzer {

  FileContent analyse(BlobStore.Blob blob) throws IOException;
}
