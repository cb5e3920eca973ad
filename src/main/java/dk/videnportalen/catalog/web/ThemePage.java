package dk.videnportalen.catalog.web;

import dk.videnportalen.platform.Texts;
import dk.videnportalen.platform.web.Pages;
import dk.videnportalen.platform.web.Formats;
import dk.videnportalen.catalog.Audience;
import dk.videnportalen.catalog.CatalogViews.PackageView;
import dk.videnportalen.catalog.CatalogViews.StoryView;
import dk.videnportalen.catalog.CatalogViews.ThemeView;
import dk.videnportalen.catalog.PackageService;
import dk.videnportalen.catalog.StoryService;
import dk.videnportalen.catalog.ThemeService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code /temaer} lists the themes; {@code /temaer/{slug}} shows one theme with its packages and
 * stories, filtered by {@code ?type=package|story} and {@code ?audience=}, sorted by
 * {@code ?sort=newest|title}.
 */
@Named
@RequestScoped
public class ThemePage {

  /** At most this many packages and stories are listed on a theme page; search finds all. */
  static final int MAX_ITEMS = 100;

  @Inject ThemeService themes;
  @Inject PackageService packages;
  @Inject StoryService stories;

  private String slug;
  private String type;
  private String audience;
  private String sort;

  @PostConstruct
  void readParameters() {
    slug = Pages.pathSegment();
    type = Pages.param("type");
    audience = Pages.param("audience");
    sort = Pages.param("sort");
  }

  private List<ThemeView> all;
  private ThemeView theme;
  private List<Card> items;

  /** A package or story as a line in the theme's list. */
  public record Card(String type, String title, String url, String summary, LocalDate date,
      String audience, String unit, String preview) {}

  /** f:viewAction: a theme page for an unknown slug is a 404. */
  public void load() {
    if (isListing()) {
      return;
    }
    theme = getThemes().stream().filter(t -> t.slug().equals(slug)).findFirst().orElse(null);
    if (theme == null) {
      Pages.notFound();
    }
  }

  public boolean isListing() {
    return slug == null || slug.isEmpty();
  }

  public List<ThemeView> getThemes() {
    if (all == null) {
      all = themes.list();
    }
    return all;
  }

  public ThemeView getTheme() {
    return theme;
  }

  public String getType() {
    return "package".equals(type) || "story".equals(type) ? type : "";
  }

  public String getAudience() {
    return audience != null && Audience.fromCode(audience).isPresent() ? audience : "";
  }

  public String getSort() {
    return "title".equals(sort) ? "title" : "newest";
  }

  public List<String> getAudiences() {
    return Arrays.stream(Audience.values()).map(Audience::code).toList();
  }

  public boolean isFiltered() {
    return !getType().isEmpty() || !getAudience().isEmpty();
  }

  public List<Card> getItems() {
    if (items == null) {
      items = theme == null ? List.of() : load(theme.slug());
    }
    return items;
  }

  private List<Card> load(String themeSlug) {
    List<Card> cards = new ArrayList<>();
    String a = getAudience();
    if (!"story".equals(getType())) {
      for (PackageView p : packages.list(themeSlug, 0, MAX_ITEMS).items()) {
        if (a.isEmpty() || a.equals(p.audience())) {
          cards.add(new Card("package", p.title(), p.url(), p.summary(),
              p.updatedAt() == null ? null : p.updatedAt().atZoneSameInstant(Formats.PORTAL_ZONE).toLocalDate(),
              p.audience(), p.unit(), p.coverUrl()));
        }
      }
    }
    // Stories have no audience: a filter on audience shows packages only.
    if (!"package".equals(getType()) && a.isEmpty()) {
      for (StoryView s : stories.list(themeSlug, false, 0, MAX_ITEMS).items()) {
        LocalDate d = s.date() != null ? s.date()
            : s.publishedAt() != null ? s.publishedAt().atZoneSameInstant(Formats.PORTAL_ZONE).toLocalDate()
            : null;
        cards.add(new Card("story", s.title(), s.url(), firstSentences(s.challenge()), d, null, s.unit(),
            null));
      }
    }
    Comparator<Card> order = "title".equals(getSort())
        ? Comparator.comparing(Card::title, Collator.getInstance(Locale.forLanguageTag("da")))
        : Comparator.comparing(Card::date, Comparator.nullsLast(Comparator.reverseOrder()));
    cards.sort(order);
    return cards;
  }

  /** The opening of a text, about 200 characters, cut at a word. */
  static String firstSentences(String text) {
    // A little over the length is kept whole rather than cut a few words short.
    return text == null || text.length() <= 220 ? text : Texts.openingAtWord(text, 200);
  }
}
