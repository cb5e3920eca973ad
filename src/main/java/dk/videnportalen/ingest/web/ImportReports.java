package dk.videnportalen.ingest.web;

import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.ingest.imports.ImportLedger;
import dk.videnportalen.ingest.imports.ImportViews.JobView;
import dk.videnportalen.platform.web.editor.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /redaktion/import}: recent imports with their progress, and for a chosen import the
 * report of every file — imported, skipped or failed, with the reason in words.
 */
@Named("importReports")
@ViewScoped
public class ImportReports implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ImportLedger ledger;
  @Inject transient Guard guard;

  private Long selectedId;
  private transient List<JobView> jobs;
  private transient JobView selected;

  public List<JobView> getJobs() {
    if (jobs == null) {
      guard.require(Action.IMPORT_CONTENT);
      jobs = ledger.recent(50);
    }
    return jobs;
  }

  public void show(JobView job) {
    selectedId = job.id();
    selected = null;
  }

  public void refresh() {
    jobs = null;
    selected = null;
  }

  public boolean isRunning() {
    return getJobs().stream().anyMatch(j -> "running".equals(j.state()) || "queued".equals(j.state()));
  }

  public JobView getSelected() {
    if (selected == null && selectedId != null) {
      Feedback.attempt(null, () -> {
        guard.require(Action.IMPORT_CONTENT);
        selected = ledger.view(selectedId);
      });
    }
    return selected;
  }
}
