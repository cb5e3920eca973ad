package dk.videnportalen.catalog.api;

import dk.videnportalen.catalog.StoryDraft;
import java.time.LocalDate;
import java.util.List;

/** The {@code metadata} part of a story upload, or the body of an edit. */
public record StoryRequest(
    String title,
    String unit,
    String unitKind,
    String area,
    LocalDate date,
    String challenge,
    String action,
    String outcome,
    List<String> themes,
    List<FileMetadata> files) {

  public StoryDraft draft() {
    return new StoryDraft(title, unit, unitKind, area, date, challenge, action, outcome, themes);
  }
}
