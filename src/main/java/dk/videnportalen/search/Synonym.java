package dk.videnportalen.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One synonym rule in Solr's format ("a, b" or "a => a, b"), as editors maintain them. */
@Entity
@Table(name = "search_synonym")
public class Synonym {

  @Id
  @SequenceGenerator(name = "synonym_seq", sequenceName = "synonym_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "synonym_seq")
  private Long id;

  @Column(nullable = false, length = 1000)
  private String terms;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Synonym() {}

  Synonym(String terms) {
    this.terms = terms;
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public String getTerms() {
    return terms;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
