package dk.videnportalen.search;

/**
 * One search as a person asked it. Any string is acceptable as a query; it is trimmed and
 * bounded here, so nothing downstream sees a megabyte of text.
 *
 * @param sort "relevance" (default) or "newest"
 */
public record SearchRequest(String query, String type, String theme, String audience,
    String community, String year, String sort, int page, int size) {

  public static final int MAX_QUERY_CHARS = 300;
  public static final int MAX_SIZE = 50;
  public static final int MAX_PAGE = 200;

  public SearchRequest {
    query = clean(query);
    type = blankToNull(type);
    theme = blankToNull(theme);
    audience = blankToNull(audience);
    community = blankToNull(community);
    year = blankToNull(year);
    sort = "newest".equals(sort) ? "newest" : "relevance";
    page = Math.max(0, Math.min(page, MAX_PAGE));
    size = size <= 0 ? 10 : Math.min(size, MAX_SIZE);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, 0, 10);
  }

  /** The same search with another query text. */
  public SearchRequest withQuery(String other) {
    return new SearchRequest(other, type, theme, audience, community, year, sort, page, size);
  }

  public boolean newestFirst() {
    return "newest".equals(sort);
  }

  static String clean(String q) {
    if (q == null) {
      return "";
    }
    String s = q.replaceAll("[\\p{Cntrl}\\p{Cs}]", " ").replaceAll("\\s+", " ").strip();
    return s.length() <= MAX_QUERY_CHARS ? s : s.substring(0, MAX_QUERY_CHARS);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
