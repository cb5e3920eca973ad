package dk.videnportalen.ingest.extraction.worker;

import java.util.List;

/**
 * What a parse left behind, reduced to the facts that decide its status. Built by
 * {@link DocumentParser}, judged by {@link OutcomeClassifier}.
 *
 * @param thrown what the outer parse threw (a write-limit stop is not a failure and never lands
 *     here), or null
 * @param embeddedFailures stack traces Tika recorded for embedded documents and streams that
 *     failed while the rest went on
 * @param embeddedEncrypted whether Tika flagged any embedded document as encrypted
 * @param warnings whether a parser recorded a warning (damage it worked around)
 * @param contentLetters letters and digits of real content: archive containers' entry names do
 *     not count
 * @param limitReached whether the depth or embedded-resource limit left documents unread
 * @param decompressionBomb whether embedded documents unpacked beyond the budget
 * @param rootUnsupported whether no parser knew the outer file's format
 * @param embeddedUnsupported embedded documents in formats no parser knows
 * @param damagedPackage whether the file is a ZIP whose structure gave nothing usable: an Office
 *     package Tika could not open as Office, or local entries but none readable
 * @param pictures whether the file is a picture or a PDF with images (for the "no text" message)
 */
record ParseFacts(
    Throwable thrown,
    List<String> embeddedFailures,
    boolean embeddedEncrypted,
    boolean warnings,
    int contentLetters,
    boolean limitReached,
    boolean decompressionBomb,
    boolean rootUnsupported,
    int embeddedUnsupported,
    boolean damagedPackage,
    boolean pictures) {

  ParseFacts {
    embeddedFailures = List.copyOf(embeddedFailures);
  }

  static Builder builder() {
    return new Builder();
  }

  Builder toBuilder() {
    return new Builder().thrown(thrown).embeddedFailures(embeddedFailures)
        .embeddedEncrypted(embeddedEncrypted).warnings(warnings).contentLetters(contentLetters)
        .limitReached(limitReached).decompressionBomb(decompressionBomb)
        .rootUnsupported(rootUnsupported).embeddedUnsupported(embeddedUnsupported)
        .damagedPackage(damagedPackage).pictures(pictures);
  }

  /** Eleven facts are too many for positional arguments at the call sites. */
  static final class Builder {
    private Throwable thrown;
    private List<String> embeddedFailures = List.of();
    private boolean embeddedEncrypted;
    private boolean warnings;
    private int contentLetters;
    private boolean limitReached;
    private boolean decompressionBomb;
    private boolean rootUnsupported;
    private int embeddedUnsupported;
    private boolean damagedPackage;
    private boolean pictures;

    Builder thrown(Throwable value) {
      thrown = value;
      return this;
    }

    Builder embeddedFailures(List<String> value) {
      embeddedFailures = value;
      return this;
    }

    Builder embeddedEncrypted(boolean value) {
      embeddedEncrypted = value;
      return this;
    }

    Builder warnings(boolean value) {
      warnings = value;
      return this;
    }

    Builder contentLetters(int value) {
      contentLetters = value;
      return this;
    }

    Builder limitReached(boolean value) {
      limitReached = value;
      return this;
    }

    Builder decompressionBomb(boolean value) {
      decompressionBomb = value;
      return this;
    }

    Builder rootUnsupported(boolean value) {
      rootUnsupported = value;
      return this;
    }

    Builder embeddedUnsupported(int value) {
      embeddedUnsupported = value;
      return this;
    }

    Builder damagedPackage(boolean value) {
      damagedPackage = value;
      return this;
    }

    Builder pictures(boolean value) {
      pictures = value;
      return this;
    }

    ParseFacts build() {
      return new ParseFacts(thrown, embeddedFailures, embeddedEncrypted, warnings,
          contentLetters, limitReached, decompressionBomb, rootUnsupported, embeddedUnsupported,
          damagedPackage, pictures);
    }
  }
}
