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
import jakarta.persistence.Version;

/** A theme in the taxonomy, identified in URLs and the API by its slug. */
@Entity
@Table(name = "theme")
public class Theme {

  @Id
  @SequenceGenerator(name = "theme_seq", sequenceName = "theme_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "theme_seq")
  private Long id;

  @Column(nullable = false, length = 80)
  private String slug;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 2000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ThemeKind kind;

  @Column(nullable = false)
  private int position;

  @Version private long version;

  protected Theme() {}

  public Theme(String slug, String name, String description, ThemeKind kind, int position) {
    this.slug = slug;
    this.name = name;
    this.description = description;
    this.kind = kind;
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public ThemeKind getKind() {
    return kind;
  }

  public void setKind(ThemeKind kind) {
    this.kind = kind;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }
}
