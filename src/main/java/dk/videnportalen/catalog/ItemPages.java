package dk.videnportalen.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Which page shows an item known only by its id, as an import report knows it. Ids are unique
 * across item types ({@link CatalogItem}), so the id alone tells.
 */
@ApplicationScoped
public class ItemPages {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /** The item's page, or empty if no package or story has the id (any more). */
  public Optional<String> pageOf(long itemId) {
    if (em.find(LearningPackage.class, itemId) != null) {
      return Optional.of(CatalogMapper.packageUrl(itemId));
    }
    if (em.find(PracticeStory.class, itemId) != null) {
      return Optional.of(CatalogMapper.storyUrl(itemId));
    }
    return Optional.empty();
  }
}
