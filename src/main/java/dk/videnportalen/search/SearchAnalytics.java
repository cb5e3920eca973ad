package dk.videnportalen.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts searches for editors: which queries are frequent and which find nothing, so they can add
 * a synonym or write the missing package. Only the query text and counts are kept, never who
 * searched, and queries that look like personal data (CPR numbers, e-mail addresses, phone
 * numbers) are not kept at all.
 *
 * <p>A search only adds to this node's pending counts. At most every
 * {@code portal.analytics.flush-millis} a search hands a flush to the managed executor (from
 * the request's thread, whose context the database work needs), and the analytics reports flush
 * before they read. A transaction, or even an executor hand-off, per search cost more than the
 * search itself under load. The pending counts are increments, not a copy of the totals, so
 * nodes never disagree: each adds its own share, and a crash loses at most one interval.
 */
@ApplicationScoped
public class SearchAnalytics {

  private static final Logger LOG = Logger.getLogger(SearchAnalytics.class.getName());
  static final int MAX_QUERY = 200;
  /** Distinct queries waiting at most; beyond it (database away) new ones are not counted. */
  static final int MAX_PENDING = 10_000;
  private static final Pattern PERSONAL = Pattern.compile(
      "\\b\\d{6}-?\\d{4}\\b|\\S+@\\S+\\.\\S+|\\b\\d{8}\\b|\\b\\d{2} \\d{2} \\d{2} \\d{2}\\b");

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject SearchAnalytics self;

  @Inject
  @ConfigProperty(name = "portal.analytics.flush-millis", defaultValue = "2000")
  long flushMillis;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();
  private final AtomicLong nextFlush = new AtomicLong(System.nanoTime());

  /** A query and its counts, as the analytics page lists them. */
  public record Row(String query, long searches, long zeroResults) {}

  /** Searches of one query not yet written. */
  record Pending(long searches, long zeroResults) {
    Pending plus(Pending other) {
      return new Pending(searches + other.searches, zeroResults + other.zeroResults);
    }
  }

  void onSearch(@Observes SearchService.SearchPerformed search) {
    Optional<String> query = normalise(search.query());
    if (query.isEmpty() || pending.size() >= MAX_PENDING && !pending.containsKey(query.get())) {
      return;
    }
    // merge and remove are atomic per key: a search is counted in this flush or the next.
    pending.merge(query.get(), new Pending(1, search.total() == 0 ? 1 : 0), Pending::plus);
    long due = nextFlush.get();
    long now = System.nanoTime();
    if (now - due >= 0
        && nextFlush.compareAndSet(due, now + TimeUnit.MILLISECONDS.toNanos(flushMillis))) {
      executor.execute(this::flushQuietly);
    }
  }

  /** Writes the pending counts; what cannot be written now is kept for the next flush. */
  void flush() {
    for (String query : pending.keySet()) {
      Pending counts = pending.remove(query);
      if (counts == null) {
        continue;
      }
      try {
        self.count(query, counts.searches(), counts.zeroResults());
      } catch (RuntimeException first) {
        // Another node inserted the same new query at the same moment; the row exists now.
        try {
          self.count(query, counts.searches(), counts.zeroResults());
        } catch (RuntimeException e) {
          pending.merge(query, counts, Pending::plus);
          throw e;
        }
      }
    }
  }

  void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search counts could not be written; trying again later", e);
    }
  }

  @PreDestroy
  void stop() {
    flushQuietly();
  }

  /**
   * Adds to a query's counts. Plain parameter types on purpose: with the package-private
   * {@link Pending} as a parameter, Weld called this method without its transaction.
   */
  @Transactional
  public void count(String query, long searches, long zeroResults) {
    QueryStat stat = em.find(QueryStat.class, query);
    if (stat == null) {
      stat = new QueryStat(query);
      stat.count(searches, zeroResults);
      em.persist(stat);
      em.flush();
    } else {
      stat.count(searches, zeroResults);
    }
  }

  /** The most searched queries, including this node's pending counts. */
  public List<Row> frequent(int max) {
    flushQuietly();
    return em.createQuery("select new dk.videnportalen.search.SearchAnalytics.Row(s.query, "
            + "s.searches, s.zeroResults) from QueryStat s order by s.searches desc, s.query", Row.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** Queries that found nothing, most frequent first, including this node's pending counts. */
  public List<Row> zeroResults(int max) {
    flushQuietly();
    return em.createQuery("select new dk.videnportalen.search.SearchAnalytics.Row(s.query, "
            + "s.searches, s.zeroResults) from QueryStat s where s.zeroResults > 0 "
            + "order by s.zeroResults desc, s.query", Row.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** Lower case, single spaces; empty if too short or personal. */
  static Optional<String> normalise(String query) {
    if (query == null) {
      return Optional.empty();
    }
    String q = query.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    if (q.length() < 2 || PERSONAL.matcher(q).find()) {
      return Optional.empty();
    }
    return Optional.of(q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q);
  }
}
