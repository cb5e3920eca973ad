package dk.videnportalen.identity.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One change: who ({@code actor}), what ({@code action} on a target), when, and a summary. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(length = 100)
  private String actor;

  @Column(nullable = false, length = 40)
  private String action;

  @Column(name = "target_type", length = 20)
  private String targetType;

  @Column(name = "target_id")
  private Long targetId;

  @Column(length = 500)
  private String summary;

  protected AuditEvent() {}

  AuditEvent(String actor, String action, String targetType, Long targetId, String summary) {
    this.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.actor = actor;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.summary = summary == null ? null
        : summary.length() > 500 ? summary.substring(0, 500) : summary;
  }

  public Long getId() {
    return id;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public Long getTargetId() {
    return targetId;
  }

  public String getSummary() {
    return summary;
  }
}
