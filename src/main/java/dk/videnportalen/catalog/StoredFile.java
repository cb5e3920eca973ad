package dk.videnportalen.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One distinct original (by SHA-256) in the blob store, with what extraction found in it. Two
 * uploads of the same bytes share one stored file and are extracted once.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

  @Id
  @SequenceGenerator(name = "stored_file_seq", sequenceName = "stored_file_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
  private Long id;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "media_type", nullable = false, length = 200)
  private String mediaType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ExtractionOutcome status;

  @Column(length = 1000)
  private String message;

  @Column(nullable = false)
  private int chars;

  @Column(nullable = false)
  private boolean truncated;

  @Column(name = "meta_title", length = 1000)
  private String metaTitle;

  @Column(name = "meta_author", length = 500)
  private String metaAuthor;

  @Column(name = "meta_created", length = 50)
  private String metaCreated;

  @Column(name = "meta_pages")
  private Integer metaPages;

  @Column(name = "meta_language", length = 20)
  private String metaLanguage;

  @Column(name = "embedded_count", nullable = false)
  private int embeddedCount;

  @Column(name = "preview_sha256", length = 64)
  private String previewSha256;

  @Column(name = "extracted_at", nullable = false)
  private OffsetDateTime extractedAt;

  protected StoredFile() {}

  public StoredFile(String sha256, long size, String mediaType) {
    this.sha256 = sha256;
    this.size = size;
    this.mediaType = mediaType;
    this.status = ExtractionOutcome.UNSUPPORTED;
    this.extractedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
  }

  /** Records what extraction found; text itself is kept in {@link ExtractedText}. */
  public void recordExtraction(ExtractionOutcome status, String message, String mediaType, int chars,
      boolean truncated, int embeddedCount) {
    this.status = status;
    this.message = clip(message, 1000);
    this.mediaType = clip(mediaType, 200);
    this.chars = chars;
    this.truncated = truncated;
    this.embeddedCount = embeddedCount;
    this.extractedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
  }

  public void recordMetadata(String title, String author, String created, Integer pages,
      String language) {
    this.metaTitle = clip(title, 1000);
    this.metaAuthor = clip(author, 500);
    this.metaCreated = clip(created, 50);
    this.metaPages = pages;
    this.metaLanguage = clip(language, 20);
  }

  static String clip(String s, int max) {
    if (s == null) {
      return null;
    }
    String clean = s.replace((char) 0, ' ').strip();
    return clean.length() <= max ? clean : clean.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSize() {
    return size;
  }

  public String getMediaType() {
    return mediaType;
  }

  public ExtractionOutcome getStatus() {
    return status;
  }

  public String getMessage() {
    return message;
  }

  public int getChars() {
    return chars;
  }

  public boolean isTruncated() {
    return truncated;
  }

  public String getMetaTitle() {
    return metaTitle;
  }

  public String getMetaAuthor() {
    return metaAuthor;
  }

  public String getMetaCreated() {
    return metaCreated;
  }

  public Integer getMetaPages() {
    return metaPages;
  }

  public String getMetaLanguage() {
    return metaLanguage;
  }

  public int getEmbeddedCount() {
    return embeddedCount;
  }

  public String getPreviewSha256() {
    return previewSha256;
  }

  public void setPreviewSha256(String previewSha256) {
    this.previewSha256 = previewSha256;
  }

  public OffsetDateTime getExtractedAt() {
    return extractedAt;
  }
}
