package dk.videnportalen.platform.blob;

import dk.videnportalen.identity.audit.AuditLog;
import dk.videnportalen.platform.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes the blobs no database row needs: uploads an editor left without saving, the files of a
 * refused request, the originals and previews of deleted packages and stories, the ZIP file of a
 * finished import, and what a crash left half-written. Only what was last stored longer ago than
 * the grace period ({@code portal.blob.sweep-grace-hours}, default 24, at least 1) is touched,
 * so a file waiting on an open editor page or read by an import in flight is never lost.
 *
 * <p>Nodes that share the database and the blob store may sweep at the same moment: a sweep
 * remembers nothing between runs, asks the database again for each blob just before deleting it,
 * and the store deletes a blob only if nobody stored the same bytes again meanwhile. Each node
 * sweeps ten minutes after it boots and then daily; an administrator can sweep at once
 * ({@code POST /api/admin/blobs/sweep}).
 */
@ApplicationScoped
public class BlobSweep {

  private static final Logger LOG = Logger.getLogger(BlobSweep.class.getName());
  /** Addresses asked about in one database query. */
  private static final int BATCH = 500;

  @Inject BlobStore blobs;
  @Inject AuditLog audit;
  @Inject @Any Instance<BlobReferences> references;

  @Inject
  @ConfigProperty(name = "portal.blob.sweep-grace-hours", defaultValue = "24")
  long graceHours;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  /**
   * The sweep itself runs here: the scheduler has a single thread, which also applies every
   * change to the search index, and a sweep over many blobs would hold those back.
   */
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService workers;

  private ScheduledFuture<?> schedule;

  /** What one sweep looked at and removed. */
  public record Result(long graceHours, int checked, int blobs, long bytes, int unfinished,
      long unfinishedBytes) {

    boolean removedAnything() {
      return blobs > 0 || unfinished > 0;
    }

    /** For the audit log, in the language of its readers. */
    String danish() {
      return String.format(Locale.ROOT, "%d filer (%d bytes) og %d ufærdige uploads"
          + " (%d bytes) fjernet; %d filer ældre end %d timer kontrolleret", blobs, bytes,
          unfinished, unfinishedBytes, checked, graceHours);
    }
  }

  void onSchemaMigrated(@Observes SchemaMigrated event) {
    // Soon after boot, so that frequent restarts do not keep postponing it.
    schedule = executor.scheduleWithFixedDelay(() -> workers.execute(this::sweepQuietly), 10,
        24 * 60, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  /**
   * Sweeps at once on an administrator's request. The audit log records who asked and what was
   * removed, even when nothing was; a scheduled sweep is recorded only when it removed something.
   */
  public Result sweepNow() throws IOException {
    Result result = sweep();
    audit.recordOperation("BLOBS_SWEPT", "blobs", result.danish());
    return result;
  }

  /** Deletes every blob last stored before the grace period that no feature needs. */
  Result sweep() throws IOException {
    long hours = Math.max(1, graceHours);
    Instant cutOff = Instant.now().minus(Duration.ofHours(hours));
    int checked = 0;
    int deleted = 0;
    long bytes = 0;
    try (Stream<BlobStore.Stored> stored = blobs.list()) {
      Iterator<BlobStore.Stored> old = stored.filter(s -> s.storedAt().isBefore(cutOff))
          .iterator();
      List<BlobStore.Stored> batch = new ArrayList<>();
      while (old.hasNext()) {
        batch.add(old.next());
        if (batch.size() == BATCH || !old.hasNext()) {
          checked += batch.size();
          for (BlobStore.Stored gone : deleteUnused(batch, cutOff)) {
            deleted++;
            bytes += gone.size();
          }
          batch.clear();
        }
      }
    }
    BlobStore.Removed unfinished = blobs.removeUnfinished(cutOff);
    Result result = new Result(hours, checked, deleted, bytes, unfinished.files(),
        unfinished.bytes());
    LOG.info(() -> String.format("Blob sweep: %d blobs stored over %d h ago checked, %d no longer"
        + " needed removed (%d bytes), %d unfinished uploads removed (%d bytes)", result.checked(),
        hours, result.blobs(), result.bytes(), result.unfinished(), result.unfinishedBytes()));
    return result;
  }

  void sweepQuietly() {
    try {
      Result result = sweep();
      if (result.removedAnything()) {
        audit.recordOperation("BLOBS_SWEPT", "blobs", result.danish());
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "The blob sweep failed; the next one tries again", e);
    }
  }

  /** Deletes the blobs of a batch that no feature needs; returns those it deleted. */
  private List<BlobStore.Stored> deleteUnused(List<BlobStore.Stored> batch, Instant cutOff) {
    Set<String> used = inUse(batch.stream().map(BlobStore.Stored::sha256).toList());
    List<BlobStore.Stored> deleted = new ArrayList<>();
    for (BlobStore.Stored blob : batch) {
      String address = blob.sha256();
      // Asked again right before deleting: a save may have attached it since the batch query.
      if (used.contains(address) || !inUse(List.of(address)).isEmpty()) {
        continue;
      }
      references.forEach(r -> r.release(address));
      try {
        if (blobs.delete(address, cutOff)) {
          deleted.add(blob);
        }
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Blob " + address + " could not be deleted; kept for now", e);
      }
    }
    return deleted;
  }

  private Set<String> inUse(Collection<String> addresses) {
    Set<String> used = new HashSet<>();
    for (BlobReferences r : references) {
      used.addAll(r.inUse(addresses));
    }
    return used;
  }
}
