package dk.videnportalen.ingest;

import dk.videnportalen.catalog.ExtractionOutcome;
import dk.videnportalen.catalog.FileContent;
import dk.videnportalen.ingest.extraction.ExtractionRequest;
import dk.videnportalen.ingest.extraction.TextExtractor;
import dk.videnportalen.ingest.extraction.protocol.DocumentMetadata;
import dk.videnportalen.ingest.extraction.protocol.ExtractionResult;
import dk.videnportalen.platform.blob.BlobStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Analyses a stored blob with the extraction workers and stores its preview image as a blob of
 * its own. The extraction's status becomes the stored file's status.
 */
@ApplicationScoped
public class ExtractingFileAnalyzer implements FileAnalyzer {

  static final long MAX_PREVIEW_BYTES = 10L * 1024 * 1024;

  @Inject TextExtractor extractor;
  @Inject BlobStore blobs;
  @Inject IngestMetrics metrics;

  @Override
  public FileContent analyse(BlobStore.Blob blob) throws IOException {
    ExtractionResult r = extractor.extract(
        ExtractionRequest.of(blobs.localPath(blob.sha256())).withPreview());
    metrics.extracted(r.timings().detectMillis(), r.timings().parseMillis(),
        r.timings().previewMillis());
    String previewSha = null;
    if (r.hasPreview()) {
      previewSha = blobs.put(new ByteArrayInputStream(r.preview()), MAX_PREVIEW_BYTES).sha256();
    }
    DocumentMetadata m = r.metadata();
    return new FileContent(
        blob.sha256(),
        blob.size(),
        r.mediaType() == null ? "application/octet-stream" : r.mediaType(),
        ExtractionOutcome.valueOf(r.status().name()),
        r.message(),
        r.text(),
        r.chars(),
        r.truncated(),
        m.title(),
        m.author(),
        m.created(),
        m.pages(),
        m.language(),
        r.embeddedCount(),
        previewSha);
  }
}
