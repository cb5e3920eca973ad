package dk.videnportalen.search;

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
import java.time.ZoneOffset;

/**
 * "Item N changed": one row of the index queue, written in the transaction that changed the item.
 * Numbers come from a sequence without pre-allocation so that they follow commit order closely;
 * see {@link IndexEventFeed} for the gaps concurrent transactions still leave.
 */
@Entity
@Table(name = "index_event")
public class IndexEvent {

  @Id
  @SequenceGenerator(name = "index_event_seq", sequenceName = "index_event_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "index_event_seq")
  private Long seq;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_type", nullable = false, length = 20)
  private ItemType itemType;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected IndexEvent() {}

  IndexEvent(long itemId, ItemType itemType) {
    this.itemId = itemId;
    this.itemType = itemType;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long getSeq() {
    return seq;
  }

  public long getItemId() {
    return itemId;
  }

  public ItemType getItemType() {
    return itemType;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
