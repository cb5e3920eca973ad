package dk.videnportalen.search.web;

import dk.videnportalen.platform.web.Pages;
import dk.videnportalen.catalog.Theme;
import dk.videnportalen.catalog.ThemeRepository;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.search.SearchRequest;
import dk.videnportalen.search.SearchResult;
import dk.videnportalen.search.SearchResult.FacetValue;
import dk.videnportalen.search.SearchResult.Hit;
import dk.videnportalen.search.SearchService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The search page, {@code /soeg?q=&type=&theme=&audience=&year=&sort=&page=}. Everything lives
 * in the GET parameters, so a result page can be bookmarked, shared and reached with the back
 * button; every link on it (facets, sort, pages) is a plain link to another such URL.
 */
@Named
@RequestScoped
public class SearchPage {

  static final int PAGE_SIZE = 10;
  /** The facet dimensions the page offers, in order (community arrives with communities). */
  static final List<String> DIMENSIONS = List.of("type", "theme", "audience", "year");

  @Inject SearchService search;
  @Inject ThemeRepository themes;
  @Inject Guard guard;

  private String q;
  private String type;
  private String theme;
  private String audience;
  private String year;
  private String sort;
  private String page;

  @PostConstruct
  void readParameters() {
    q = Pages.param("q");
    type = Pages.param("type");
    theme = Pages.param("theme");
    audience = Pages.param("audience");
    year = Pages.param("year");
    sort = Pages.param("sort");
    page = Pages.param("page");
  }

  private SearchResult result;
  private Map<String, String> themeNames;

  /** One choosable facet value with the link that chooses (or, if chosen, removes) it. */
  public record FacetOption(String value, String label, long count, boolean selected, String href) {}

  /** A facet dimension with its options. */
  public record Facet(String name, List<FacetOption> options) {}

  /** A numbered page link; {@code href} is null for the current page. */
  public record PageLink(int number, String href, boolean current) {}

  /** Runs the search once per request (the page reads it several times). */
  public SearchResult getResult() {
    if (result == null) {
      SearchRequest request = new SearchRequest(q, type, theme, audience, null, year, sort,
          Pages.number(page, 1, SearchRequest.MAX_PAGE + 1) - 1, PAGE_SIZE);
      result = hasQuery() || hasFilters()
          ? search.search(request, SearchService.visibilityOf(guard.may(Action.READ_DRAFTS), Set.of()))
          : null;
    }
    return result;
  }

  public boolean hasQuery() {
    return q != null && !q.isBlank();
  }

  /**
   * The heading when a type is listed without words ("Læringspakker" for the breadcrumbs' list),
   * or null for a search.
   */
  public String getBrowseHeading() {
    if (hasQuery() || !("package".equals(type) || "story".equals(type))) {
      return null;
    }
    return "package".equals(type) ? Pages.text("type.packages", "Læringspakker")
        : Pages.text("type.stories", "Praksisfortællinger");
  }

  public boolean hasFilters() {
    return notBlank(type) || notBlank(theme) || notBlank(audience) || notBlank(year);
  }

  public String getQ() {
    return q == null ? "" : q;
  }

  public boolean isNewest() {
    return "newest".equals(sort);
  }

  /** The current page, 1-based. */
  public int getPageNumber() {
    SearchResult r = getResult();
    return r == null ? 1 : r.page() + 1;
  }

  public int getPageCount() {
    SearchResult r = getResult();
    return r == null ? 0 : (int) Math.min(SearchRequest.MAX_PAGE + 1,
        (r.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public long getFirstShown() {
    SearchResult r = getResult();
    return r == null || r.total() == 0 ? 0 : (long) r.page() * PAGE_SIZE + 1;
  }

  public long getLastShown() {
    SearchResult r = getResult();
    return r == null ? 0 : Math.min(r.total(), (long) r.page() * PAGE_SIZE + r.hits().size());
  }

  /** Facets with at least one value, with their links. */
  public List<Facet> getFacets() {
    SearchResult r = getResult();
    if (r == null) {
      return List.of();
    }
    List<Facet> out = new ArrayList<>();
    for (String dim : DIMENSIONS) {
      List<FacetValue> values = r.facets().getOrDefault(dim, List.of());
      String chosen = current(dim);
      List<FacetOption> options = new ArrayList<>();
      for (FacetValue v : values) {
        boolean selected = v.value().equals(chosen);
        options.add(new FacetOption(v.value(), label(dim, v.value()), v.count(), selected,
            link(dim, selected ? null : v.value())));
      }
      if (chosen != null && options.stream().noneMatch(FacetOption::selected)) {
        options.add(0, new FacetOption(chosen, label(dim, chosen), 0, true, link(dim, null)));
      }
      if (!options.isEmpty()) {
        out.add(new Facet(dim, options));
      }
    }
    return out;
  }

  /** The chosen filters, each with a link that removes it. */
  public List<FacetOption> getActiveFilters() {
    List<FacetOption> out = new ArrayList<>();
    for (String dim : DIMENSIONS) {
      String chosen = current(dim);
      if (chosen != null) {
        out.add(new FacetOption(dim, label(dim, chosen), 0, true, link(dim, null)));
      }
    }
    return out;
  }

  public String getClearFiltersLink() {
    return hasQuery() ? "/soeg?q=" + Pages.encode(q.strip()) : "/soeg";
  }

  public List<PageLink> getPageLinks() {
    int count = getPageCount();
    int current = getPageNumber();
    List<PageLink> links = new ArrayList<>();
    if (count <= 1) {
      return links;
    }
    int from = Math.max(1, current - 3);
    int to = Math.min(count, from + 6);
    from = Math.max(1, to - 6);
    for (int n = from; n <= to; n++) {
      links.add(new PageLink(n, n == current ? null : pageLink(n), n == current));
    }
    return links;
  }

  public String getPreviousLink() {
    return getPageNumber() > 1 ? pageLink(getPageNumber() - 1) : null;
  }

  public String getNextLink() {
    return getPageNumber() < getPageCount() ? pageLink(getPageNumber() + 1) : null;
  }

  public String getRelevanceLink() {
    return url(params("sort", null, true));
  }

  public String getNewestLink() {
    return url(params("sort", "newest", true));
  }

  /** A search for the spelling suggestion, keeping the filters. */
  public String getSuggestionLink() {
    SearchResult r = getResult();
    if (r == null || r.suggestion() == null) {
      return null;
    }
    Map<String, String> p = params("q", r.suggestion(), true);
    return url(p);
  }

  /**
   * The hit's page, pointing at the file and page its snippet came from: the package page
   * highlights that file and says which page or slide matched.
   */
  public String hitLink(Hit hit) {
    StringBuilder href = new StringBuilder(hit.url());
    if (hit.fileId() != null) {
      href.append("?fil=").append(hit.fileId());
      if (hit.page() != null) {
        href.append("&side=").append(hit.page());
      }
      if (hasQuery()) {
        // Carried on to the file's text page, which marks the searched words.
        href.append("&q=").append(Pages.encode(q.strip()));
      }
      href.append("#fil-").append(hit.fileId());
    }
    return href.toString();
  }

  /**
   * The snippet as HTML. The search service escapes the passage and adds only {@code <mark>};
   * should anything else ever arrive, the whole snippet is escaped instead of trusted.
   */
  public String snippetHtml(Hit hit) {
    String s = hit.snippet();
    if (s == null) {
      return "";
    }
    String withoutMarks = s.replace("<mark>", "").replace("</mark>", "");
    return withoutMarks.indexOf('<') >= 0 || withoutMarks.indexOf('>') >= 0 ? escape(s) : s;
  }

  public String themeName(String slug) {
    return names().getOrDefault(slug, slug);
  }

  /** Theme names for a hit, for the line under its title. */
  public String themeNames(Hit hit) {
    return hit.themes().stream().map(this::themeName).collect(Collectors.joining(", "));
  }

  /** What people read for a facet value: theme names, and type and audience from the bundle. */
  private String label(String dim, String value) {
    return switch (dim) {
      case "theme" -> themeName(value);
      case "type", "audience" -> Pages.text(dim + "." + value, value);
      default -> value;
    };
  }

  private Map<String, String> names() {
    if (themeNames == null) {
      themeNames = themes.findAll().stream()
          .collect(Collectors.toMap(Theme::getSlug, Theme::getName, (a, b) -> a));
    }
    return themeNames;
  }

  private String current(String dim) {
    String v = switch (dim) {
      case "type" -> type;
      case "theme" -> theme;
      case "audience" -> audience;
      case "year" -> year;
      default -> null;
    };
    return notBlank(v) ? v.strip() : null;
  }

  private String link(String dim, String value) {
    return url(params(dim, value, true));
  }

  private String pageLink(int n) {
    Map<String, String> p = params(null, null, false);
    if (n > 1) {
      p.put("page", String.valueOf(n));
    }
    return url(p);
  }

  /** The current parameters with one changed; a change goes back to page 1. */
  private Map<String, String> params(String name, String value, boolean resetPage) {
    Map<String, String> p = new LinkedHashMap<>();
    put(p, "q", hasQuery() ? q.strip() : null);
    for (String dim : DIMENSIONS) {
      put(p, dim, current(dim));
    }
    put(p, "sort", isNewest() ? "newest" : null);
    if (!resetPage && getPageNumber() > 1) {
      p.put("page", String.valueOf(getPageNumber()));
    }
    if (name != null) {
      p.remove(name);
      put(p, name, value);
    }
    return p;
  }

  private static void put(Map<String, String> p, String name, String value) {
    if (value != null && !value.isBlank()) {
      p.put(name, value);
    }
  }

  private static String url(Map<String, String> params) {
    if (params.isEmpty()) {
      return "/soeg";
    }
    return "/soeg?" + params.entrySet().stream()
        .map(e -> e.getKey() + "=" + Pages.encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
