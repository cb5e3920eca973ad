package dk.videnportalen.catalog;

import dk.videnportalen.identity.Account;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of a package or a story, with every version uploaded. The API's file id is the
 * attachment's id and always serves the newest version.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id
  @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "package_id")
  private LearningPackage learningPackage;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "story_id")
  private PracticeStory story;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AttachmentRole role;

  @Column(length = 300)
  private String title;

  @Column(nullable = false)
  private int position;

  @OneToMany(mappedBy = "attachment", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("versionNo ASC")
  private List<FileVersion> versions = new ArrayList<>();

  @Version private long version;

  protected Attachment() {}

  Attachment(LearningPackage owner, AttachmentRole role, String title, int position) {
    this.learningPackage = owner;
    this.role = role;
    this.title = title;
    this.position = position;
  }

  Attachment(PracticeStory owner, AttachmentRole role, String title, int position) {
    this.story = owner;
    this.role = role;
    this.title = title;
    this.position = position;
  }

  /** Adds an upload as the newest version. */
  public FileVersion addVersion(StoredFile stored, String originalName, Account uploadedBy) {
    FileVersion v = new FileVersion(this, versions.size() + 1, stored, originalName, uploadedBy);
    versions.add(v);
    return v;
  }

  public FileVersion current() {
    return versions.get(versions.size() - 1);
  }

  public Long getId() {
    return id;
  }

  /** The item this file belongs to: its package or its story. */
  public Long ownerId() {
    return learningPackage != null ? learningPackage.getId() : story.getId();
  }

  public LearningPackage getLearningPackage() {
    return learningPackage;
  }

  public PracticeStory getStory() {
    return story;
  }

  public AttachmentRole getRole() {
    return role;
  }

  public void setRole(AttachmentRole role) {
    this.role = role;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public int getPosition() {
    return position;
  }

  public List<FileVersion> getVersions() {
    return List.copyOf(versions);
  }

  /** The name to show: the given title, else the uploaded file's name. */
  public String displayName() {
    return title != null && !title.isBlank() ? title : current().getOriginalName();
  }
}
