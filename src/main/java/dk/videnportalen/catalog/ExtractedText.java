package dk.videnportalen.catalog;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The text extracted from a stored file (pages separated by form feeds, up to the configured
 * character limit). Kept apart from {@link StoredFile} so listing files never loads megabytes of
 * text; the search index is rebuilt from here.
 */
@Entity
@Table(name = "extracted_text")
public class ExtractedText {

  /** Separates pages or slides in {@link #getContent()}. */
  public static final char PAGE_BREAK = '\f';

  @Id
  @Column(name = "stored_file_id")
  private Long storedFileId;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private String content;

  protected ExtractedText() {}

  public ExtractedText(Long storedFileId, String content) {
    this.storedFileId = storedFileId;
    this.content = storable(content);
  }

  /**
   * Removes what a database text column cannot hold: NUL characters (PostgreSQL refuses them)
   * and unpaired surrogates, which some parsers emit for broken input.
   */
  static String storable(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = c == 0
          || (Character.isHighSurrogate(c)
              && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
          || (Character.isLowSurrogate(c)
              && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
      if (bad && sb == null) {
        sb = new StringBuilder(text.length());
        sb.append(text, 0, i);
      }
      if (sb != null && !bad) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  public Long getStoredFileId() {
    return storedFileId;
  }

  public String getContent() {
    return content;
  }
}
