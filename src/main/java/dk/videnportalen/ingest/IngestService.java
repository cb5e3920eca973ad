package dk.videnportalen.ingest;

import dk.videnportalen.catalog.AttachmentRole;
import dk.videnportalen.catalog.FileContent;
import dk.videnportalen.catalog.NewFile;
import dk.videnportalen.catalog.StoredFileRepository;
import dk.videnportalen.platform.blob.BlobStore;
import dk.videnportalen.platform.blob.BlobTooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Receives one file: stores the bytes, then extracts them unless the same bytes were stored and
 * extracted before. The result is attached to an item by the catalog in its own transaction.
 */
@ApplicationScoped
public class IngestService {

  /** Programs, not documents: a knowledge portal never serves these. */
  static final Set<String> REFUSED_TYPES = Set.of(
      "application/x-msdownload",
      "application/x-dosexec",
      "application/x-executable",
      "application/x-elf",
      "application/x-sharedlib",
      "application/x-mach-o-executable",
      "application/x-msi",
      "application/x-ms-installer",
      "application/vnd.microsoft.portable-executable");

  @Inject BlobStore blobs;
  @Inject StoredFileRepository storedFiles;
  @Inject FileAnalyzer analyzer;
  @Inject IngestLimits limits;
  @Inject IngestMetrics metrics;

  /**
   * Stores the bytes of one uploaded file under its content address.
   *
   * @throws UploadRejected 413 when larger than the limit
   */
  public Received store(InputStream content, String originalName) throws IOException {
    String name = displayName(originalName);
    long started = System.nanoTime();
    try {
      BlobStore.Blob blob = blobs.put(content, limits.maxBytes());
      metrics.stored(blob.size(), System.nanoTime() - started);
      return new Received(name, blob);
    } catch (BlobTooLargeException e) {
      throw UploadRejected.tooLarge("Filen „" + name + "“ er større end "
          + limits.maxBytesText() + ", som er grænsen for én fil.");
    }
  }

  /**
   * Extracts a stored file, unless the same bytes were extracted before.
   *
   * @throws UploadRejected 415 for programs
   */
  public NewFile analyse(Received received, AttachmentRole role, String title) throws IOException {
    BlobStore.Blob blob = received.blob();
    FileContent fileContent = storedFiles.findBySha(blob.sha256())
        .map(f -> FileContent.alreadyStored(f.getSha256(), f.getSize()))
        .orElse(null);
    if (fileContent == null) {
      fileContent = analyzer.analyse(blob);
      if (REFUSED_TYPES.contains(fileContent.mediaType())) {
        throw UploadRejected.unsupported("Filen „" + received.name() + "“ er et program ("
            + fileContent.mediaType() + "). Programmer kan ikke lægges på portalen.");
      }
    }
    return new NewFile(received.name(), role, title, fileContent);
  }

  /** Both steps for one file. */
  public NewFile receive(InputStream content, String originalName, AttachmentRole role,
      String title) throws IOException {
    return analyse(store(content, originalName), role, title);
  }

  /** A file whose bytes are stored but not yet analysed. */
  public record Received(String name, BlobStore.Blob blob) {}

  /**
   * The name to keep for a file: the last path segment only (browsers and ZIP files may send
   * paths), without control characters.
   */
  static String displayName(String originalName) {
    if (originalName == null) {
      return "fil";
    }
    String n = originalName.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1);
    n = n.replaceAll("\\p{Cntrl}", "").strip();
    return n.isEmpty() || n.equals(".") || n.equals("..") ? "fil" : n;
  }
}
