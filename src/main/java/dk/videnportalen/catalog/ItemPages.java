package dk.videnportalen.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Which page shows an item known only by its id, as an import report or a file knows it. Ids are
 * unique across item types ({@link CatalogItem}), so the id alone tells.
 */
@ApplicationScoped
public class ItemPages {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /** An item's title and page. */
  public record ItemLink(String title, String url) {}

  /** The item's page, or empty if no package or story has the id (any more). */
  public Optional<String> pageOf(long itemId) {
    return linkOf(itemId).map(ItemLink::url);
  }

  /** The item's title and page, or empty if no package or story has the id (any more). */
  public Optional<ItemLink> linkOf(long itemId) {
    LearningPackage p = em.find(LearningPackage.class, itemId);
    if (p != null) {
      return Optional.of(new ItemLink(p.getTitle(), CatalogMapper.packageUrl(itemId)));
    }
    PracticeStory s = em.find(PracticeStory.class, itemId);
    if (s != null) {
      return Optional.of(new ItemLink(s.getTitle(), CatalogMapper.storyUrl(itemId)));
    }
    return Optional.empty();
  }
}
