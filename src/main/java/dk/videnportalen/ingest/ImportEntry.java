package dk.videnportalen.ingest;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One file or item folder of an import, and what became of it: the per-file report. */
@Entity
@Table(name = "import_entry")
public class ImportEntry {

  /** What happened to the entry. */
  public enum State { PENDING, DONE, UNCHANGED, FAILED }

  @Id
  @SequenceGenerator(name = "import_entry_seq", sequenceName = "import_entry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_entry_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "job_id", nullable = false)
  private ImportJob job;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 1000)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state = State.PENDING;

  /** The extraction status of the entry's file(s), e.g. "ok" or "encrypted". */
  @Column(length = 20)
  private String outcome;

  @Column(length = 1000)
  private String message;

  @Column(name = "item_id")
  private Long itemId;

  @Column(name = "processed_at")
  private OffsetDateTime processedAt;

  @Version private long version;

  protected ImportEntry() {}

  ImportEntry(ImportJob job, int position, String name) {
    this.job = job;
    this.position = position;
    this.name = name.length() > 1000 ? name.substring(0, 1000) : name;
  }

  public void finish(State state, String outcome, String message, Long itemId) {
    this.state = state;
    this.outcome = outcome;
    this.message = message == null ? null
        : message.length() > 1000 ? message.substring(0, 1000) : message;
    this.itemId = itemId;
    this.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public ImportJob getJob() {
    return job;
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public State getState() {
    return state;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getMessage() {
    return message;
  }

  public Long getItemId() {
    return itemId;
  }

  public OffsetDateTime getProcessedAt() {
    return processedAt;
  }
}
