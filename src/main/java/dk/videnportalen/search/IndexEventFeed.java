package dk.videnportalen.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the index queue for one node. Event numbers are handed out when a transaction inserts
 * its row, but transactions commit in any order, so event 41 can become visible after event 42.
 * The feed therefore keeps a watermark (everything at or below it is applied) plus the events
 * applied above it, and only steps over a missing number once the event after the gap is older
 * than {@link #GAP_PATIENCE}: by then the missing number belongs to a rolled-back transaction.
 */
@ApplicationScoped
public class IndexEventFeed {

  static final Duration GAP_PATIENCE = Duration.ofSeconds(30);
  static final int BATCH = 500;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Transactional
  public List<IndexEvent> after(long seq) {
    return em.createQuery("select e from IndexEvent e where e.seq > :s order by e.seq", IndexEvent.class)
        .setParameter("s", seq)
        .setMaxResults(BATCH)
        .getResultList();
  }

  @Transactional
  public long latest() {
    Long max = em.createQuery("select max(e.seq) from IndexEvent e", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  @Transactional
  public long oldest() {
    Long min = em.createQuery("select min(e.seq) from IndexEvent e", Long.class).getSingleResult();
    return min == null ? 0 : min;
  }

  /** Deletes events older than {@code age}; every node has long applied them. */
  @Transactional
  public int purgeOlderThan(Duration age) {
    return em.createQuery("delete from IndexEvent e where e.createdAt < :t")
        .setParameter("t", OffsetDateTime.now(ZoneOffset.UTC).minus(age))
        .executeUpdate();
  }

  /** The applied-events bookkeeping of one index generation. Not thread-safe: one indexer. */
  static final class Progress {
    private long watermark;
    private final TreeMap<Long, OffsetDateTime> appliedAbove = new TreeMap<>();

    Progress(long watermark) {
      this.watermark = watermark;
    }

    long watermark() {
      return watermark;
    }

    boolean isApplied(long seq) {
      return seq <= watermark || appliedAbove.containsKey(seq);
    }

    void applied(long seq, OffsetDateTime createdAt) {
      if (seq > watermark) {
        appliedAbove.put(seq, createdAt);
      }
    }

    /** Moves the watermark as far as it safely can; returns whether it moved. */
    boolean advance(OffsetDateTime now) {
      long before = watermark;
      while (!appliedAbove.isEmpty()) {
        Map.Entry<Long, OffsetDateTime> next = appliedAbove.firstEntry();
        boolean contiguous = next.getKey() == watermark + 1;
        boolean gapIsOld = next.getValue().plus(GAP_PATIENCE).isBefore(now);
        if (!contiguous && !gapIsOld) {
          break;
        }
        watermark = next.getKey();
        appliedAbove.pollFirstEntry();
      }
      return watermark != before;
    }
  }
}
