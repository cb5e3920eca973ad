package dk.videnportalen.search.web.editor;

import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.search.SearchAnalytics;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /redaktion/soegestatistik}: the most frequent queries and those that found nothing —
 * counts only, never who searched.
 */
@Named("searchStats")
@RequestScoped
public class SearchStatsPage {

  static final int ROWS = 50;

  @Inject SearchAnalytics analytics;
  @Inject Guard guard;

  private List<SearchAnalytics.Row> frequent;
  private List<SearchAnalytics.Row> zero;

  public List<SearchAnalytics.Row> getFrequent() {
    if (frequent == null) {
      guard.require(Action.VIEW_SEARCH_ANALYTICS);
      frequent = analytics.frequent(ROWS);
    }
    return frequent;
  }

  public List<SearchAnalytics.Row> getZeroResults() {
    if (zero == null) {
      guard.require(Action.VIEW_SEARCH_ANALYTICS);
      zero = analytics.zeroResults(ROWS);
    }
    return zero;
  }
}
