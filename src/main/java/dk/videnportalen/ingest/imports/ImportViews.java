package dk.videnportalen.ingest.imports;

import dk.videnportalen.ingest.ImportEntry;
import dk.videnportalen.ingest.ImportJob;
import java.time.OffsetDateTime;
import java.util.List;

/** Imports as the API and the admin page show them. */
public final class ImportViews {

  private ImportViews() {}

  /** A job with its progress, and (for one job) the per-file report. */
  public record JobView(long id, String kind, String source, String state, int total,
      int processed, int failed, String message, OffsetDateTime createdAt,
      OffsetDateTime finishedAt, List<EntryView> entries) {

    /** Share done, 0–100, for progress bars. */
    public int percent() {
      return total == 0 ? 100 : (int) Math.round(100.0 * processed / total);
    }
  }

  /** One entry of the report. */
  public record EntryView(String name, String state, String outcome, String message, Long itemId) {}

  static JobView of(ImportJob j, boolean withEntries) {
    return new JobView(j.getId(), j.getKind().name().toLowerCase(java.util.Locale.ROOT),
        displaySource(j.getSource()), j.getState().name().toLowerCase(java.util.Locale.ROOT),
        j.getTotal(), j.getProcessed(), j.getFailed(), j.getMessage(), j.getCreatedAt(),
        j.getFinishedAt(),
        withEntries ? j.getEntries().stream().map(ImportViews::of).toList() : List.of());
  }

  private static EntryView of(ImportEntry e) {
    return new EntryView(e.getName(), e.getState().name().toLowerCase(java.util.Locale.ROOT),
        e.getOutcome(), e.getMessage(), e.getItemId());
  }

  /** Sources are stored with internal details ("sha256:…|name", "path#fingerprint"). */
  static String displaySource(String source) {
    int bar = source.indexOf('|');
    if (bar >= 0) {
      return source.substring(bar + 1);
    }
    int hash = source.indexOf('#');
    return hash >= 0 ? source.substring(0, hash) : source;
  }
}
