package dk.videnportalen.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Tells the search index that an item changed (created, edited, deleted, permissions changed).
 * Must be called inside the transaction that made the change: the queue row commits or rolls back
 * with it, so the index can never miss a committed change nor see a rolled-back one.
 */
@ApplicationScoped
public class IndexQueue {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject Event<ItemChanged> changed;

  @Transactional(Transactional.TxType.MANDATORY)
  public void itemChanged(long itemId, ItemType type) {
    em.persist(new IndexEvent(itemId, type));
    changed.fire(new ItemChanged(itemId, type));
  }

  /** Fired in the changing transaction; the indexer reacts after it commits. */
  public record ItemChanged(long itemId, ItemType type) {}
}
