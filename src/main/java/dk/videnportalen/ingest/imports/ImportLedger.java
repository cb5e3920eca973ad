package dk.videnportalen.ingest.imports;

import dk.videnportalen.identity.Account;
import dk.videnportalen.ingest.ImportEntry;
import dk.videnportalen.ingest.ImportJob;
import dk.videnportalen.platform.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The persistent record of imports: jobs, their entries and what happened to each. */
@ApplicationScoped
public class ImportLedger {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /** An entry still to be processed. */
  public record Pending(long id, String name) {}

  /** What a runner needs to (re)start a job. */
  public record Plan(long jobId, ImportJob.Kind kind, String source, Long startedBy, List<Pending> pending) {}

  /** Writes a job and all its entries at once, before any entry is processed. */
  @Transactional
  public long plan(ImportJob.Kind kind, String source, List<String> entries, Account by) {
    ImportJob job = new ImportJob(kind, source, by);
    entries.forEach(job::addEntry);
    em.persist(job);
    em.flush();
    return job.getId();
  }

  @Transactional
  public Plan load(long jobId) {
    ImportJob job = require(jobId);
    List<Pending> pending = job.getEntries().stream()
        .filter(e -> e.getState() == ImportEntry.State.PENDING)
        .map(e -> new Pending(e.getId(), e.getName()))
        .toList();
    Long by = em.createQuery("select a.id from ImportJob j join j.startedBy a where j.id = :j", Long.class)
        .setParameter("j", jobId).getResultStream().findFirst().orElse(null);
    return new Plan(job.getId(), job.getKind(), job.getSource(), by, pending);
  }

  @Transactional
  public void running(long jobId) {
    require(jobId).startRunning();
  }

  @Transactional
  public void finish(long jobId) {
    ImportJob job = require(jobId);
    job.complete(job.getFailed() == 0 ? "Færdig" : job.getFailed() + " filer kunne ikke importeres");
  }

  @Transactional
  public void fail(long jobId, String message) {
    require(jobId).abort(message);
  }

  /** Records an entry's result; used inside the transaction that made the change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(long entryId, ImportEntry.State state, String outcome, String message, Long itemId) {
    ImportEntry entry = em.find(ImportEntry.class, entryId);
    entry.finish(state, outcome, message, itemId);
    entry.getJob().entryDone(state != ImportEntry.State.FAILED);
  }

  /** Records a failed entry in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordFailure(long entryId, String message) {
    record(entryId, ImportEntry.State.FAILED, null, message, null);
  }

  /** Jobs that were interrupted (by a crash or a restart) and must be resumed. */
  @Transactional
  public List<Long> unfinished(ImportJob.Kind... kinds) {
    return em.createQuery("select j.id from ImportJob j where j.state in :s and j.kind in :k order by j.id",
            Long.class)
        .setParameter("s", List.of(ImportJob.State.QUEUED, ImportJob.State.RUNNING))
        .setParameter("k", List.of(kinds))
        .getResultList();
  }

  /** The newest content/ import, if any. */
  @Transactional
  public Optional<ImportJob> latestContentImport() {
    return em.createQuery("select j from ImportJob j where j.kind = :k order by j.id desc", ImportJob.class)
        .setParameter("k", ImportJob.Kind.CONTENT)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Transactional
  public ImportViews.JobView view(long jobId) {
    return ImportViews.of(require(jobId), true);
  }

  @Transactional
  public List<ImportViews.JobView> recent(int max) {
    return em.createQuery("select j from ImportJob j order by j.id desc", ImportJob.class)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(j -> ImportViews.of(j, false))
        .toList();
  }

  /**
   * Removes the jobs, with their reports, that finished before a date, keeping the report history
   * bounded. The newest content/ import is kept however old: it is how a boot knows that content/
   * is unchanged, and without it the next boot would import all of content/ again.
   */
  @Transactional
  public int purgeFinishedBefore(OffsetDateTime before) {
    Long keep = latestContentImport().map(ImportJob::getId).orElse(-1L);
    // One statement, and the database removes the entries (ON DELETE CASCADE): no versions are
    // checked, so two nodes purging at once both succeed.
    return em.createQuery("delete from ImportJob j where j.finishedAt < :t and j.id <> :keep")
        .setParameter("t", before)
        .setParameter("keep", keep)
        .executeUpdate();
  }

  private ImportJob require(long id) {
    ImportJob job = em.find(ImportJob.class, id);
    if (job == null) {
      throw new NotFound("Importen " + id + " findes ikke.");
    }
    return job;
  }
}
