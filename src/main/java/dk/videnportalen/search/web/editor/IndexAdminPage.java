package dk.videnportalen.search.web.editor;

import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.platform.web.editor.Feedback;
import dk.videnportalen.search.SearchIndex;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /admin/soegeindeks}: this node's search index at a glance (state, documents, changes not
 * yet applied) and an administrator's "rebuild from the database", with its progress while it
 * runs. Search keeps answering from the existing index meanwhile.
 */
@Named("indexAdmin")
@ViewScoped
public class IndexAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SearchIndex index;
  @Inject Guard guard;

  /** Read once per request: each reading asks the database for the newest change. */
  private transient SearchIndex.Status status;

  @PostConstruct
  void init() {
    guard.require(Action.REBUILD_INDEX);
  }

  public void rebuild() {
    Feedback.attempt(null, () -> {
      guard.require(Action.REBUILD_INDEX);
      boolean wasRunning = isRebuilding();
      index.rebuild(SearchIndex.RebuildCause.REQUESTED);
      status = null;
      Feedback.info(wasRunning ? "index.alreadyRunning" : "index.started");
    });
  }

  /** Called by the page's poll while a rebuild runs, so the next reading is fresh. */
  public void refresh() {
    status = null;
  }

  public SearchIndex.Status getStatus() {
    if (status == null) {
      status = index.status();
    }
    return status;
  }

  public boolean isRebuilding() {
    return "rebuilding".equals(getStatus().state());
  }

  /** How far the running or last rebuild came, 0–100. */
  public int getPercent() {
    SearchIndex.Status s = getStatus();
    if (s.rebuildTotal() == null || s.rebuildDone() == null) {
      return 0;
    }
    if (s.rebuildTotal() == 0) {
      return 100;
    }
    return (int) Math.min(100, s.rebuildDone() * 100 / s.rebuildTotal());
  }

  /** "12.345 af 100.000 elementer", in the page's language. */
  public String getProgressText() {
    SearchIndex.Status s = getStatus();
    return s.rebuildTotal() == null ? ""
        : Feedback.text("index.progressText", s.rebuildDone(), s.rebuildTotal());
  }

  /**
   * Whether the index has written down every change committed to the database. It writes down
   * once a second, so a page read right after a change may show it catching up.
   */
  public boolean isCaughtUp() {
    SearchIndex.Status s = getStatus();
    return s.lastEvent() >= s.latestEvent();
  }
}
