package dk.videnportalen.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What a person supplies to write or edit a practice story. */
public record StoryDraft(
    @NotBlank(message = "{story.title.required}")
    @Size(max = 300, message = "{story.title.size}")
    String title,
    @Size(max = 200, message = "{story.unit.size}")
    String unit,
    String unitKind,
    @Size(max = 200, message = "{story.area.size}")
    String area,
    LocalDate date,
    @NotBlank(message = "{story.challenge.required}")
    @Size(max = 20000, message = "{story.text.size}")
    String challenge,
    @NotBlank(message = "{story.action.required}")
    @Size(max = 20000, message = "{story.text.size}")
    String action,
    @NotBlank(message = "{story.outcome.required}")
    @Size(max = 20000, message = "{story.text.size}")
    String outcome,
    @Size(max = 20, message = "{story.themes.size}")
    List<String> themes) {

  public StoryDraft {
    themes = themes == null ? List.of() : List.copyOf(themes);
  }
}
