package dk.videnportalen.ingest;

import dk.videnportalen.ingest.extraction.ExtractorInstallation;
import dk.videnportalen.ingest.extraction.ExtractorUnavailableException;
import dk.videnportalen.platform.persistence.SchemaMigrated;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Unpacks the extraction worker's jars in the background just after boot, so the first upload
 * does not wait for it and a broken installation shows in the log at once.
 */
@ApplicationScoped
public class ExtractionWarmup {

  private static final Logger LOG = Logger.getLogger(ExtractionWarmup.class.getName());

  @Inject ExtractorInstallation installation;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  void onSchemaMigrated(@Observes SchemaMigrated event) {
    executor.schedule(() -> {
      try {
        installation.classPath();
      } catch (ExtractorUnavailableException e) {
        LOG.log(Level.SEVERE, "Text extraction will not work: " + e.getMessage(), e);
      }
    }, 1, TimeUnit.SECONDS);
  }
}
