package dk.videnportalen.ingest.imports;

import dk.videnportalen.identity.Account;
import dk.videnportalen.ingest.ImportJob;
import dk.videnportalen.ingest.IngestService;
import dk.videnportalen.ingest.UploadRejected;
import dk.videnportalen.platform.ValidationFailure;
import dk.videnportalen.platform.blob.BlobStore;
import dk.videnportalen.platform.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts bulk imports: an uploaded ZIP file, or a folder below the import root on the server
 * ({@code PORTAL_IMPORT_DIR}, default {@code <data dir>/import}; nothing outside it can be read).
 * The job and all its entries are planned before anything is processed.
 */
@ApplicationScoped
public class ImportService {

  @Inject IngestService ingest;
  @Inject BlobStore blobs;
  @Inject ImportLedger ledger;
  @Inject ImportRunner runner;
  @Inject PortalConfig config;

  @Inject
  @ConfigProperty(name = "portal.import.dir")
  java.util.Optional<String> importDir;

  /** Stores the ZIP, plans a job for its entries and starts it. */
  public long importZip(IngestService.Received zip, Account by) {
    List<String> entries;
    try (ZipSource source = new ZipSource(blobs.localPath(zip.blob().sha256()))) {
      entries = source.entries();
    } catch (ZipException e) {
      throw new ValidationFailure("„" + zip.name() + "“ er ikke en gyldig ZIP-fil.");
    } catch (IOException e) {
      throw new ValidationFailure("ZIP-filen „" + zip.name() + "“ kunne ikke læses: " + e.getMessage());
    }
    if (entries.isEmpty()) {
      throw new ValidationFailure("ZIP-filen „" + zip.name() + "“ indeholder ingen filer.");
    }
    long jobId = ledger.plan(ImportJob.Kind.ZIP, ImportSources.zip(zip.blob().sha256(), zip.name()),
        entries, by);
    runner.start(jobId);
    return jobId;
  }

  /** Plans and starts an import of a folder below the import root. */
  public long importFolder(String relativePath, Account by) {
    Path root = importRoot();
    Path folder = root.resolve(relativePath == null ? "" : relativePath).normalize();
    if (!folder.startsWith(root)) {
      throw UploadRejected.malformed("Mappen skal ligge under importmappen " + root + ".");
    }
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      throw new ValidationFailure("Mappen „" + relativePath + "“ findes ikke under " + root + ".");
    }
    List<String> entries;
    try {
      entries = new DirectorySource(folder).entries();
    } catch (IOException e) {
      throw new ValidationFailure("Mappen kunne ikke læses: " + e.getMessage());
    }
    if (entries.isEmpty()) {
      throw new ValidationFailure("Mappen „" + relativePath + "“ indeholder ingen filer.");
    }
    long jobId = ledger.plan(ImportJob.Kind.FOLDER, ImportSources.folder(folder.toString(), null),
        entries, by);
    runner.start(jobId);
    return jobId;
  }

  public Path importRoot() {
    return importDir.filter(d -> !d.isBlank())
        .map(d -> Path.of(d).toAbsolutePath().normalize())
        .orElse(config.dataDir().resolve("import"));
  }
}
