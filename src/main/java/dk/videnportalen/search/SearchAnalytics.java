package dk.videnportalen.search;

import dk.videnportalen.platform.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
 * <p>A search only adds to this node's pending counts; they are written to the database every
 * {@code portal.analytics.flush-millis} by the scheduler. A transaction per search cost more
 * than the search itself under load. The pending counts are increments, not a copy of the
 * totals, so nodes never disagree: each adds its own share, and a crash loses at most one
 * interval of counting.
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

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();
  private volatile ScheduledFuture<?> flusher;

  /** A query and its counts, as the analytics page lists them. */
  public record Row(String query, long searches, long zeroResults) {}

  /** Searches of one query not yet written. */
  record Pending(long searches, long zeroResults) {
    Pending plus(Pending other) {
      return new Pending(searches + other.searches, zeroResults + other.zeroResults);
    }
  }

  void onSchemaMigrated(@Observes SchemaMigrated event) {
    flusher = executor.scheduleWithFixedDelay(this::flushQuietly, flushMillis, flushMillis,
        TimeUnit.MILLISECONDS);
  }

  void onSearch(@Observes SearchService.SearchPerformed search) {
    Optional<String> query = normalise(search.query());
    if (query.isEmpty() || pending.size() >= MAX_PENDING && !pending.containsKey(query.get())) {
      return;
    }
    // merge and remove are atomic per key: a search is counted in this flush or the next.
    pending.merge(query.get(), new Pending(1, search.total() == 0 ? 1 : 0), Pending::plus);
  }

  /** Writes the pending counts; what cannot be written now is kept for the next flush. */
  void flush() {
    for (String query : pending.keySet()) {
      Pending counts = pending.remove(query);
      if (counts == null) {
        continue;
      }
      try {
        self.count(query, counts);
      } catch (RuntimeException first) {
        // Another node inserted the same new query at the same moment; the row exists now.
        try {
          self.count(query, counts);
        } catch (RuntimeException e) {
          pending.merge(query, counts, Pending::plus);
          throw e;
        }
      }
    }
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search counts could not be written; trying again later", e);
    }
  }

  @PreDestroy
  void stop() {
    ScheduledFuture<?> f = flusher;
    if (f != null) {
      f.cancel(false);
      flushQuietly();
    }
  }

  @Transactional
  public void count(String query, Pending counts) {
    QueryStat stat = em.find(QueryStat.class, query);
    if (stat == null) {
      stat = new QueryStat(query);
      stat.count(counts.searches(), counts.zeroResults());
      em.persist(stat);
      em.flush();
    } else {
      stat.count(counts.searches(), counts.zeroResults());
    }
  }

  /** The most searched queries. */
  @Transactional
  public List<Row> frequent(int max) {
    return em.createQuery("select new dk.videnportalen.search.SearchAnalytics.Row(s.query, "
            + "s.searches, s.zeroResults) from QueryStat s order by s.searches desc, s.query", Row.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** Queries that found nothing, most frequent first. */
  @Transactional
  public List<Row> zeroResults(int max) {
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
