package dk.videnportalen.ingest.imports;

import java.time.LocalDate;
import java.util.List;

/** The item.json and temaer.json formats of content/ (documented in content/README.md). */
public final class Manifests {

  private Manifests() {}

  /** One file listed in an item.json; {@code file} is its name next to the item.json. */
  public record FileEntry(String file, String role, String title) {}

  /** pakker/&lt;key&gt;/item.json */
  public record PackageManifest(String title, String summary, List<String> themes,
      String audience, String unit, String language, String adaptedFrom, List<FileEntry> files) {
    public PackageManifest {
      themes = themes == null ? List.of() : themes;
      files = files == null ? List.of() : files;
    }
  }

  /** fortaellinger/&lt;key&gt;/item.json */
  public record StoryManifest(String title, String unit, String unitKind, String area,
      LocalDate date, List<String> themes, String challenge, String action, String outcome,
      List<FileEntry> files) {
    public StoryManifest {
      themes = themes == null ? List.of() : themes;
      files = files == null ? List.of() : files;
    }
  }

  /** One entry of temaer.json. */
  public record ThemeManifest(String slug, String name, String kind, String description) {}
}
