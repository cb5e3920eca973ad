package dk.videnportalen.ingest;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * An import of many files: content/ at boot, a server folder or an uploaded ZIP. Its entries are
 * written when the job is planned, and each is processed in its own transaction, so a crash
 * leaves finished entries finished and the next boot continues with the rest.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

  /** Where the files come from. */
  public enum Kind { CONTENT, FOLDER, ZIP }

  /** Where the job is in its life. */
  public enum State { QUEUED, RUNNING, DONE, FAILED }

  @Id
  @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  /** The folder, or "sha256:name" of the uploaded ZIP; for content/ also its fingerprint. */
  @Column(nullable = false, length = 1000)
  private String source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state = State.QUEUED;

  @Column(nullable = false)
  private int total;

  @Column(nullable = false)
  private int processed;

  @Column(nullable = false)
  private int failed;

  @Column(length = 2000)
  private String message;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "started_by")
  private Account startedBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt = OffsetDateTime.now(ZoneOffset.UTC);

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @OneToMany(mappedBy = "job", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position ASC")
  private List<ImportEntry> entries = new ArrayList<>();

  @Version private long version;

  protected ImportJob() {}

  public ImportJob(Kind kind, String source, Account startedBy) {
    this.kind = kind;
    this.source = source;
    this.startedBy = startedBy;
  }

  public ImportEntry addEntry(String name) {
    ImportEntry e = new ImportEntry(this, entries.size(), name);
    entries.add(e);
    total = entries.size();
    return e;
  }

  public void startRunning() {
    state = State.RUNNING;
  }

  public void entryDone(boolean ok) {
    processed++;
    if (!ok) {
      failed++;
    }
  }

  public void complete(String message) {
    state = State.DONE;
    this.message = message;
    finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public void abort(String message) {
    state = State.FAILED;
    this.message = message == null ? null
        : message.length() > 2000 ? message.substring(0, 2000) : message;
    finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getSource() {
    return source;
  }

  public State getState() {
    return state;
  }

  public int getTotal() {
    return total;
  }

  public int getProcessed() {
    return processed;
  }

  public int getFailed() {
    return failed;
  }

  public String getMessage() {
    return message;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getFinishedAt() {
    return finishedAt;
  }

  public List<ImportEntry> getEntries() {
    return entries;
  }
}
