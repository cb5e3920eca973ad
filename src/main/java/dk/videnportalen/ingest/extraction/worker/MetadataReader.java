package dk.videnportalen.ingest.extraction.worker;

import dk.videnportalen.ingest.extraction.protocol.DocumentMetadata;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Reduces Tika's metadata of the outer document to {@link DocumentMetadata}. Values from files
 * are untrusted: control characters (a PDF author may hold NUL bytes) are removed, whitespace is
 * collapsed and length is capped.
 */
final class MetadataReader {

  private static final int MAX_LENGTH = 300;

  private MetadataReader() {}

  static DocumentMetadata read(Metadata m, String textSample) {
    String title = clean(m.get(TikaCoreProperties.TITLE));
    String author = clean(Arrays.stream(m.getValues(TikaCoreProperties.CREATOR))
        .map(MetadataReader::clean)
        .filter(Objects::nonNull)
        .distinct()
        .collect(Collectors.joining(", ")));
    Date created = m.getDate(TikaCoreProperties.CREATED);
    String language = LanguageGuesser.guess(textSample);
    if (language == null) {
      language = LanguageGuesser.normalizeDeclared(m.get(TikaCoreProperties.LANGUAGE));
    }
    return new DocumentMetadata(title, author, created == null ? null
        : created.toInstant().toString(), pages(m), language);
  }

  private static Integer pages(Metadata m) {
    Integer pages = m.getInt(PagedText.N_PAGES);
    if (pages == null) {
      pages = m.getInt(Office.PAGE_COUNT);
    }
    if (pages == null) {
      pages = m.getInt(Office.SLIDE_COUNT);
    }
    return pages != null && pages >= 0 ? pages : null;
  }

  static String clean(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_LENGTH));
    boolean space = false;
    for (int i = 0; i < value.length() && sb.length() < MAX_LENGTH; i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (Character.isISOControl(c)) {
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(c);
    }
    return sb.length() == 0 ? null : sb.toString();
  }
}
