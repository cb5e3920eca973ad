package dk.videnportalen.ingest.web;

import dk.videnportalen.catalog.ItemPages;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.CurrentUser;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.ingest.IngestService;
import dk.videnportalen.ingest.imports.ImportLedger;
import dk.videnportalen.ingest.imports.ImportService;
import dk.videnportalen.ingest.imports.ImportViews.JobView;
import dk.videnportalen.platform.web.editor.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /redaktion/import}: start an import of a ZIP file or of a folder below the server's
 * import folder; recent imports with their progress, and for a chosen import the report of every
 * file — imported, skipped or failed, with the reason in words.
 */
@Named("importReports")
@ViewScoped
public class ImportReports implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ImportLedger ledger;
  @Inject Guard guard;
  @Inject IngestService ingest;
  @Inject ImportService imports;
  @Inject CurrentUser user;
  @Inject ItemPages pages;

  private String folder;

  private Long selectedId;
  private transient List<JobView> jobs;
  private transient JobView selected;
  /** Each reported item's page, looked up once per request for the rows shown. */
  private transient Map<Long, Optional<String>> itemPages;

  public List<JobView> getJobs() {
    if (jobs == null) {
      guard.require(Action.IMPORT_CONTENT);
      jobs = ledger.recent(50);
    }
    return jobs;
  }

  /** A ZIP chosen on the page: stored, then imported in the background like a REST upload. */
  public void uploadZip(FileUploadEvent event) {
    String name = event.getFile().getFileName();
    Feedback.attempt("f:zip", () -> {
      guard.require(Action.IMPORT_CONTENT);
      IngestService.Received zip;
      try (InputStream in = event.getFile().getInputStream()) {
        zip = ingest.store(in, name);
      }
      started(imports.importZip(zip, user.account().orElse(null)), name);
    });
  }

  public void importFolder() {
    Feedback.attempt("f:folder", () -> {
      guard.require(Action.IMPORT_CONTENT);
      started(imports.importFolder(folder, user.account().orElse(null)), folder);
    });
  }

  private void started(long jobId, String source) {
    Feedback.info("imports.startedMessage", source);
    refresh();
    selectedId = jobId;
  }

  public String getFolder() {
    return folder;
  }

  public void setFolder(String folder) {
    this.folder = folder;
  }

  public String getImportRoot() {
    return imports.importRoot().toString();
  }

  public void show(JobView job) {
    selectedId = job.id();
    selected = null;
  }

  public void refresh() {
    jobs = null;
    selected = null;
    itemPages = null;
  }

  /** The page of an item an import made or changed; null if it has none (any more). */
  public String itemPage(Long itemId) {
    if (itemId == null) {
      return null;
    }
    if (itemPages == null) {
      itemPages = new HashMap<>();
    }
    return itemPages.computeIfAbsent(itemId, pages::pageOf).orElse(null);
  }

  public boolean isRunning() {
    return getJobs().stream()
        .anyMatch(j -> "running".equals(j.state()) || "queued".equals(j.state()));
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
