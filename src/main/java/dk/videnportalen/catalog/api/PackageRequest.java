package dk.videnportalen.catalog.api;

import dk.videnportalen.catalog.PackageDraft;
import java.util.List;

/**
 * The {@code metadata} part of a package upload. {@code files} optionally gives a role and title
 * per uploaded file name; {@code replaces} (adding files) makes the single uploaded file a new
 * version of that file id.
 */
public record PackageRequest(
    String title,
    String summary,
    List<String> themes,
    String audience,
    String unit,
    String language,
    Long adaptedFrom,
    List<FileMetadata> files,
    Long replaces) {

  public PackageDraft draft() {
    return new PackageDraft(title, summary, themes, audience, unit, language, adaptedFrom);
  }
}
