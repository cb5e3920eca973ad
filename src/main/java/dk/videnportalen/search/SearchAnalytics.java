package dk.videnportalen.search;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Counts searches for editors: which queries are frequent and which find nothing, so they can add
 * a synonym or write the missing package. Only the query text and counts are kept, never who
 * searched, and queries that look like personal data (CPR numbers, e-mail addresses, phone
 * numbers) are not kept at all. Counting happens off the search's own thread.
 */
@ApplicationScoped
public class SearchAnalytics {

  private static final Logger LOG = Logger.getLogger(SearchAnalytics.class.getName());
  static final int MAX_QUERY = 200;
  private static final Pattern PERSONAL = Pattern.compile(
      "\\b\\d{6}-?\\d{4}\\b|\\S+@\\S+\\.\\S+|\\b\\d{8}\\b|\\b\\d{2} \\d{2} \\d{2} \\d{2}\\b");

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject SearchAnalytics self;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  /** A query and its counts, as the analytics page lists them. */
  public record Row(String query, long searches, long zeroResults) {}

  void onSearch(@Observes SearchService.SearchPerformed search) {
    Optional<String> query = normalise(search.query());
    if (query.isEmpty()) {
      return;
    }
    executor.execute(() -> {
      try {
        self.count(query.get(), search.total() == 0);
      } catch (RuntimeException first) {
        // Two nodes (or threads) inserted the same new query at once; the row exists now.
        try {
          self.count(query.get(), search.total() == 0);
        } catch (RuntimeException e) {
          LOG.log(Level.FINE, "Could not count a search", e);
        }
      }
    });
  }

  @Transactional
  public void count(String query, boolean zero) {
    QueryStat stat = em.find(QueryStat.class, query);
    if (stat == null) {
      stat = new QueryStat(query);
      stat.count(zero);
      em.persist(stat);
      em.flush();
    } else {
      stat.count(zero);
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
