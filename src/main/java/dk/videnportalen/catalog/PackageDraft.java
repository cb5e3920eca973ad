package dk.videnportalen.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a person supplies to create or edit a learning package. Only the title is required;
 * themes are slugs from the taxonomy, audience one of {@link Audience}'s codes.
 */
public record PackageDraft(
    @NotBlank(message = "{package.title.required}")
    @Size(max = 300, message = "{package.title.size}")
    String title,
    @Size(max = 4000, message = "{package.summary.size}")
    String summary,
    @Size(max = 20, message = "{package.themes.size}")
    List<String> themes,
    String audience,
    @Size(max = 200, message = "{package.unit.size}")
    String unit,
    @Size(max = 10, message = "{package.language.size}")
    String language,
    Long adaptedFrom) {

  public PackageDraft {
    themes = themes == null ? List.of() : List.copyOf(themes);
  }

  public static PackageDraft titled(String title) {
    return new PackageDraft(title, null, List.of(), null, null, null, null);
  }
}
