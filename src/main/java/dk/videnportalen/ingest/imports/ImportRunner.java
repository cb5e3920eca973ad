package dk.videnportalen.ingest.imports;

import dk.videnportalen.identity.Account;
import dk.videnportalen.identity.AccountRepository;
import dk.videnportalen.ingest.ImportJob;
import dk.videnportalen.platform.blob.BlobStore;
import dk.videnportalen.platform.persistence.SchemaMigrated;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs import jobs in the background, one entry at a time, logging progress. At boot it resumes
 * folder and ZIP imports that a crash or restart interrupted (content/ resumes through
 * {@link ContentImport}).
 */
@ApplicationScoped
public class ImportRunner {

  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject ImportLedger ledger;
  @Inject ImportProcessor processor;
  @Inject BlobStore blobs;
  @Inject AccountRepository accounts;

  void onSchemaMigrated(@Observes SchemaMigrated event) {
    for (long jobId : ledger.unfinished(ImportJob.Kind.FOLDER, ImportJob.Kind.ZIP)) {
      LOG.info(() -> "Resuming interrupted import " + jobId);
      start(jobId);
    }
  }

  /** Runs the job in the background. */
  public void start(long jobId) {
    executor.execute(() -> run(jobId));
  }

  /** Runs the job in the calling thread. */
  void run(long jobId) {
    ImportLedger.Plan plan = ledger.load(jobId);
    Account by = plan.startedBy() == null ? null : accounts.find(plan.startedBy()).orElse(null);
    try (ImportSource source = open(plan)) {
      ledger.running(jobId);
      int i = 0;
      int total = plan.pending().size();
      for (ImportLedger.Pending entry : plan.pending()) {
        i++;
        ImportApplier.Outcome outcome = processor.process(source, entry.id(), entry.name(), by);
        int n = i;
        LOG.info(() -> String.format("Import %d (%s): %d/%d %s — %s", jobId,
            plan.kind().name().toLowerCase(), n, total, entry.name(), outcome.message()));
      }
      ledger.finish(jobId);
      LOG.info(() -> "Import " + jobId + " finished");
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Import " + jobId + " failed", e);
      ledger.fail(jobId, "Importen kunne ikke gennemføres: " + e.getMessage());
    }
  }

  private ImportSource open(ImportLedger.Plan plan) throws IOException {
    return switch (plan.kind()) {
      case ZIP -> new ZipSource(blobs.localPath(ImportSources.zipAddress(plan.source())));
      case FOLDER, CONTENT -> new DirectorySource(Path.of(ImportSources.folderPath(plan.source())));
    };
  }
}
