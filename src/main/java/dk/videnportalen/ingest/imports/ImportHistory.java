package dk.videnportalen.ingest.imports;

import dk.videnportalen.platform.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the import reports of the last {@code portal.import.keep-days} days (default 365, at
 * least 1): each node removes older finished jobs 20 minutes after boot and then daily.
 */
@ApplicationScoped
public class ImportHistory {

  private static final Logger LOG = Logger.getLogger(ImportHistory.class.getName());

  @Inject ImportLedger ledger;

  @Inject
  @ConfigProperty(name = "portal.import.keep-days", defaultValue = "365")
  int keepDays;

  /** One short query a day: fine on the scheduler's single thread. */
  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  private ScheduledFuture<?> schedule;

  void onSchemaMigrated(@Observes SchemaMigrated event) {
    schedule = executor.scheduleWithFixedDelay(this::purgeQuietly, 20, 24 * 60, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  /** Removes the reports past their time now; returns how many jobs went. */
  public int purge() {
    int days = Math.max(1, keepDays);
    int removed = ledger.purgeFinishedBefore(OffsetDateTime.now(ZoneOffset.UTC).minusDays(days));
    if (removed > 0) {
      LOG.info(() -> "Removed " + removed + " import reports finished over " + days + " days ago");
    }
    return removed;
  }

  private void purgeQuietly() {
    try {
      purge();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Removing old import reports failed; the next run tries again", e);
    }
  }
}
