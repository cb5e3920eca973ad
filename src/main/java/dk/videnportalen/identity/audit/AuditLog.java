package dk.videnportalen.identity.audit;

import dk.videnportalen.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Records changes in the transaction that makes them, so the log never claims a change that was
 * rolled back nor misses one that committed. Work done outside a request (imports at boot) is
 * recorded as done by "system".
 */
@ApplicationScoped
public class AuditLog {

  public static final String SYSTEM = "system";

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject Instance<CurrentUser> currentUser;

  /**
   * An audit entry as the admin page and API show it; Serializable because the page keeps a page
   * of them in its view, which lives in the (replicable) session.
   */
  public record Entry(long id, OffsetDateTime at, String actor, String action, String targetType,
      Long targetId, String summary) implements Serializable {}

  /** A filter for reading the log; null fields match everything. */
  public record Filter(String actor, String action, String targetType, Long targetId,
      OffsetDateTime from, OffsetDateTime to) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String targetType, Long targetId, String summary) {
    em.persist(new AuditEvent(actor(), action, targetType, targetId, summary));
  }

  /**
   * Records an operation that changes no rows of its own (starting an index rebuild, a blob
   * sweep) in a transaction of its own, as done by the signed-in person, or by "system" on a
   * background thread.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordOperation(String action, String targetType, String summary) {
    em.persist(new AuditEvent(actor(), action, targetType, null, summary));
  }

  /** Records an action with an explicit actor (sign-in events, anonymisation). */
  @Transactional
  public void recordAs(String actor, String action, String targetType, Long targetId,
      String summary) {
    em.persist(new AuditEvent(actor, action, targetType, targetId, summary));
  }

  @Transactional
  public List<Entry> find(Filter f, int first, int max) {
    List<String> where = new ArrayList<>();
    if (f.actor() != null) {
      where.add("e.actor = :actor");
    }
    if (f.action() != null) {
      where.add("e.action = :action");
    }
    if (f.targetType() != null) {
      where.add("e.targetType = :type");
    }
    if (f.targetId() != null) {
      where.add("e.targetId = :target");
    }
    if (f.from() != null) {
      where.add("e.occurredAt >= :from");
    }
    if (f.to() != null) {
      where.add("e.occurredAt < :to");
    }
    TypedQuery<AuditEvent> q = em.createQuery("select e from AuditEvent e"
        + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
        + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
    if (f.actor() != null) {
      q.setParameter("actor", f.actor());
    }
    if (f.action() != null) {
      q.setParameter("action", f.action());
    }
    if (f.targetType() != null) {
      q.setParameter("type", f.targetType());
    }
    if (f.targetId() != null) {
      q.setParameter("target", f.targetId());
    }
    if (f.from() != null) {
      q.setParameter("from", f.from());
    }
    if (f.to() != null) {
      q.setParameter("to", f.to());
    }
    return q.setFirstResult(first).setMaxResults(max).getResultList().stream()
        .map(e -> new Entry(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(),
            e.getTargetType(), e.getTargetId(), e.getSummary()))
        .toList();
  }

  /** Renames an actor everywhere, when an account is anonymised. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void renameActor(String from, String to) {
    em.createQuery("update AuditEvent e set e.actor = :to where e.actor = :from")
        .setParameter("to", to)
        .setParameter("from", from)
        .executeUpdate();
  }

  private String actor() {
    try {
      return currentUser.get().username().orElse(SYSTEM);
    } catch (ContextNotActiveException e) {
      return SYSTEM;
    }
  }
}
