package dk.videnportalen.catalog.web.editor;

import dk.videnportalen.catalog.CatalogViews.PackageView;
import dk.videnportalen.catalog.CatalogViews.StoryView;
import dk.videnportalen.catalog.PackageService;
import dk.videnportalen.catalog.StoryService;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /redaktion}: the newest packages and stories, drafts first in mind. */
@Named("editorDesk")
@RequestScoped
public class EditorDesk {

  static final int SHOWN = 100;

  @Inject PackageService packages;
  @Inject StoryService stories;
  @Inject Guard guard;

  private List<PackageView> packageList;
  private List<StoryView> storyList;

  public List<PackageView> getPackages() {
    if (packageList == null) {
      guard.require(Action.CREATE_PACKAGE);
      packageList = packages.list(null, 0, SHOWN).items();
    }
    return packageList;
  }

  public List<StoryView> getStories() {
    if (storyList == null) {
      guard.require(Action.READ_DRAFTS);
      storyList = stories.list(null, true, 0, SHOWN).items();
    }
    return storyList;
  }

  public long getDrafts() {
    return getStories().stream().filter(s -> "DRAFT".equalsIgnoreCase(s.state())).count();
  }
}
