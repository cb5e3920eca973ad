package dk.videnportalen.catalog.web;

import dk.videnportalen.platform.web.Pages;
import dk.videnportalen.catalog.CatalogViews.StoryView;
import dk.videnportalen.catalog.StoryService;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.search.RelatedItems;
import dk.videnportalen.search.SearchResult.Hit;
import dk.videnportalen.search.SearchService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A practice story, {@code /fortaellinger/{id}}: challenge, action, outcome. A draft is a 404
 * for everyone who may not read drafts, exactly like a story that does not exist.
 */
@Named
@RequestScoped
public class StoryPage {

  @Inject StoryService stories;
  @Inject RelatedItems relatedItems;
  @Inject Guard guard;

  private String id;

  @PostConstruct
  void readParameters() {
    id = Pages.pathSegment();
  }

  private StoryView item;
  private List<Hit> related;

  /** f:viewAction: loads the story, or lists all stories for the bare address, or answers 404. */
  public void load() {
    if (id == null) {
      // The address without an id (typed, or cut back from an item's) lists them all.
      Pages.redirectQuietly("/soeg?type=story");
      return;
    }
    OptionalLong key = Pages.id(id);
    item = key.isPresent() ? stories.find(key.getAsLong())
        .filter(s -> "published".equals(s.state()) || guard.may(Action.READ_DRAFTS))
        .orElse(null) : null;
    if (item == null) {
      Pages.notFound();
    }
  }

  public StoryView getItem() {
    return item;
  }

  public boolean isDraft() {
    return item != null && !"published".equals(item.state());
  }

  public List<Hit> getRelated() {
    if (related == null) {
      related = item == null ? List.of()
          : relatedItems.relatedTo(item.id(),
              SearchService.visibilityOf(guard.may(Action.READ_DRAFTS), Set.of()));
    }
    return related;
  }
}
