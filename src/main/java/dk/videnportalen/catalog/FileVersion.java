package dk.videnportalen.catalog;

import dk.videnportalen.identity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One upload of an attachment. Older versions stay downloadable. */
@Entity
@Table(name = "file_version")
public class FileVersion {

  @Id
  @SequenceGenerator(name = "file_version_seq", sequenceName = "file_version_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "file_version_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "attachment_id", nullable = false)
  private Attachment attachment;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "stored_file_id", nullable = false)
  private StoredFile storedFile;

  @Column(name = "original_name", nullable = false, length = 500)
  private String originalName;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "uploaded_by")
  private Account uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  protected FileVersion() {}

  FileVersion(Attachment attachment, int versionNo, StoredFile storedFile, String originalName,
      Account uploadedBy) {
    this.attachment = attachment;
    this.versionNo = versionNo;
    this.storedFile = storedFile;
    this.originalName = originalName;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public Attachment getAttachment() {
    return attachment;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public StoredFile getStoredFile() {
    return storedFile;
  }

  public String getOriginalName() {
    return originalName;
  }

  public Account getUploadedBy() {
    return uploadedBy;
  }

  public OffsetDateTime getUploadedAt() {
    return uploadedAt;
  }
}
