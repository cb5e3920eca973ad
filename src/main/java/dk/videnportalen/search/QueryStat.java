package dk.videnportalen.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** How often a (normalised) query was searched, and how often it found nothing. */
@Entity
@Table(name = "search_query_stat")
public class QueryStat {

  @Id
  @Column(length = 200)
  private String query;

  @Column(nullable = false)
  private long searches;

  @Column(name = "zero_results", nullable = false)
  private long zeroResults;

  @Column(name = "last_searched", nullable = false)
  private OffsetDateTime lastSearched;

  protected QueryStat() {}

  QueryStat(String query) {
    this.query = query;
  }

  void count(long searches, long zeroResults) {
    this.searches += searches;
    this.zeroResults += zeroResults;
    lastSearched = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String getQuery() {
    return query;
  }

  public long getSearches() {
    return searches;
  }

  public long getZeroResults() {
    return zeroResults;
  }

  public OffsetDateTime getLastSearched() {
    return lastSearched;
  }
}
