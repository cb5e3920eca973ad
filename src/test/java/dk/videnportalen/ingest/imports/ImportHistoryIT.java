package dk.videnportalen.ingest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.videnportalen.ingest.ImportJob;
import dk.videnportalen.platform.NotFound;
import dk.videnportalen.testing.InContainer;
import dk.videnportalen.testing.InContainerDeployment;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Old import reports are removed with their entries, on the embedded H2 and on PostgreSQL (the
 * entries go by the database's cascade); jobs still running and the newest content/ import,
 * which tells a boot that content/ is unchanged, are kept.
 */
@InContainer
class ImportHistoryIT {

  @Deployment
  static WebArchive deployment() {
    return InContainerDeployment.of(ImportHistoryIT.class);
  }

  @Inject ImportLedger ledger;
  @Inject ImportHistory history;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Test
  void finishedReportsPastTheirTimeGoButRunningJobsAndTheNewestContentImportStay() {
    long olderContent = finished(ImportJob.Kind.CONTENT);
    long newestContent = finished(ImportJob.Kind.CONTENT);
    long folder = finished(ImportJob.Kind.FOLDER);
    long zip = finished(ImportJob.Kind.ZIP);
    long queued = ledger.plan(ImportJob.Kind.FOLDER, ImportSources.folder("/import/kø", "fp"),
        List.of("venter.txt"), null);
    List<Long> all = List.of(queued, zip, folder, newestContent, olderContent);

    assertEquals(0, history.purge());
    assertEquals(all, recentIds(), "the default keeps a year of reports");

    OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1);
    assertEquals(3, ledger.purgeFinishedBefore(soon));

    assertEquals(List.of(queued, newestContent), recentIds());
    assertThrows(NotFound.class, () -> ledger.view(folder));
    assertEquals(0L, em.createQuery(
            "select count(e) from ImportEntry e where e.job.id in :gone", Long.class)
        .setParameter("gone", List.of(olderContent, folder, zip)).getSingleResult(),
        "the removed jobs' entries went with them");
    assertEquals(2, ledger.view(newestContent).entries().size());
    assertEquals(0, ledger.purgeFinishedBefore(soon), "a second purge, as another node's, is a no-op");
  }

  private long finished(ImportJob.Kind kind) {
    long id = ledger.plan(kind, ImportSources.folder("/import/" + kind, "fp-" + kind),
        List.of("a.txt", "b.txt"), null);
    ledger.running(id);
    ledger.finish(id);
    return id;
  }

  private List<Long> recentIds() {
    return ledger.recent(100).stream().map(ImportViews.JobView::id).toList();
  }
}
