package dk.videnportalen.search;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the index needs to know about one item, in the index's own terms. Item types build
 * these through {@link SearchableItems}; the index never reads their tables itself.
 *
 * @param id the item's id in its own API (unique across types)
 * @param themes theme slugs, for facets and filters
 * @param themeNames the same themes' names, searchable as text
 * @param community the community the item belongs to, or null
 * @param date the date the item is sorted and faceted by (year)
 * @param visibility who may find it
 * @param files the text of its files, in order, pages separated by form feeds
 */
public record SearchDocument(
    long id,
    ItemType type,
    String title,
    String summary,
    List<String> themes,
    List<String> themeNames,
    String audience,
    String community,
    LocalDate date,
    String url,
    Visibility visibility,
    String text,
    List<FileText> files) {

  public SearchDocument {
    themes = themes == null ? List.of() : List.copyOf(themes);
    themeNames = themeNames == null ? List.of() : List.copyOf(themeNames);
    files = files == null ? List.of() : List.copyOf(files);
  }

  /**
   * The text of one file of the item; {@code fileId} is its id in the files API, {@code preview}
   * the address of its first-page image (null if it has none), shown beside results.
   */
  public record FileText(long fileId, String name, String text, String preview) {}

  /**
   * Who may find an item. Checked again against the database for every result shown, so a
   * permission change takes effect before the index has caught up.
   */
  public record Visibility(String token) {
    public static final Visibility PUBLIC = new Visibility("public");
    public static final Visibility EDITORS = new Visibility("editors");

    public static Visibility community(long communityId) {
      return new Visibility("community:" + communityId);
    }
  }
}
