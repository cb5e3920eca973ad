package dk.videnportalen.catalog;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The read models the REST API returns and the pages render: plain records built inside a
 * transaction, so nothing outside the catalog ever touches a lazy entity.
 */
public final class CatalogViews {

  private CatalogViews() {}

  /** A theme as shown on items: slug for links and filters, name for people. */
  public record ThemeRef(String slug, String name) {
    static ThemeRef of(Theme t) {
      return new ThemeRef(t.getSlug(), t.getName());
    }
  }

  /** A theme in the taxonomy, with how many published items carry it. */
  public record ThemeView(String slug, String name, String kind, String description, int position,
      long packages, long stories) {}

  /** A link to another item. */
  public record ItemRef(long id, String title, String url) {}

  /** One version of a file. */
  public record VersionView(int version, String name, long size, String mediaType, String status,
      OffsetDateTime uploadedAt, String url) {}

  /** A file of a package or story: the newest version, plus the history. */
  public record FileView(
      long id,
      String name,
      String title,
      String role,
      String mediaType,
      long size,
      String status,
      String message,
      int chars,
      boolean truncated,
      Integer pages,
      String author,
      String language,
      int version,
      String url,
      String previewUrl,
      List<VersionView> versions) {

    /**
     * Whether the extracted text is worth offering to read: a file that could not be read may
     * still have yielded a few stray characters (two line breaks, for random bytes).
     */
    public boolean textReadable() {
      return chars > 0 && !UNREADABLE.contains(status);
    }

    /** Whether the text could not be read in full, which the file's page tells the reader. */
    public boolean textLimited() {
      return !"ok".equals(status);
    }
  }

  /** The extraction outcomes (codes) whose text, if any, is no text of the document's. */
  private static final Set<String> UNREADABLE = Set.of("empty", "encrypted", "corrupt",
      "unsupported");

  /** A learning package. */
  public record PackageView(
      long id,
      String type,
      String title,
      String summary,
      List<ThemeRef> themes,
      String audience,
      String unit,
      String language,
      ItemRef adaptedFrom,
      List<ItemRef> adaptations,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt,
      String url,
      List<FileView> files) {

    /** The first page of the first file that has one: the package's picture in lists. */
    public String coverUrl() {
      return files.stream().map(FileView::previewUrl).filter(Objects::nonNull)
          .findFirst().orElse(null);
    }
  }

  /** A practice story. */
  public record StoryView(
      long id,
      String type,
      String title,
      String unit,
      String unitKind,
      String area,
      LocalDate date,
      String challenge,
      String action,
      String outcome,
      List<ThemeRef> themes,
      String state,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt,
      OffsetDateTime publishedAt,
      String url,
      List<FileView> files) {}

  /** One page of a list, with the total across all pages. */
  public record PageOf<T>(long total, int page, int size, List<T> items) {}
}
