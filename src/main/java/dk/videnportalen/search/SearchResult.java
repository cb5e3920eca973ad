package dk.videnportalen.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search, shaped as the API returns it.
 *
 * @param suggestion "did you mean", when the query found little and a likelier spelling exists
 * @param autocorrected true when the query as typed found nothing and the hits are those of the
 *     suggestion instead
 */
public record SearchResult(String query, long total, int page, int size, List<Hit> hits,
    Map<String, List<FacetValue>> facets, String suggestion, boolean autocorrected) {

  /**
   * One found item.
   *
   * @param snippet the best passage, HTML-escaped apart from {@code <mark>} around matches and
   *     cut around its first match when long, or the start of the summary where none matched
   * @param page the page or slide the passage is on, for files that have pages
   * @param fileId the file the passage is from, if any
   * @param preview the first-page image of that file, or else of the item's first file that has
   *     one; null if none has
   */
  public record Hit(long id, String type, String title, String url, String snippet, Integer page,
      Long fileId, String preview, float score, List<String> themes, LocalDate date) {}

  /** A facet value and how many results have it. */
  public record FacetValue(String value, long count) {}

  static SearchResult empty(SearchRequest r) {
    return new SearchResult(r.query(), 0, r.page(), r.size(), List.of(), Map.of(), null, false);
  }
}
