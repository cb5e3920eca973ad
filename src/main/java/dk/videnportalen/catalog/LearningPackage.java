package dk.videnportalen.catalog;

import dk.videnportalen.identity.Unit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A learning package (læringspakke): material on a theme, meant to be adapted locally. A local
 * version points back to the package it was adapted from.
 */
@Entity
@Table(name = "learning_package")
public class LearningPackage extends CatalogItem {

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 4000)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Audience audience = Audience.ALLE;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(nullable = false, length = 10)
  private String language = "da";

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "origin_id")
  private LearningPackage origin;

  @ManyToMany
  @JoinTable(name = "package_theme",
      joinColumns = @JoinColumn(name = "package_id"),
      inverseJoinColumns = @JoinColumn(name = "theme_id"))
  @OrderBy("position ASC")
  private Set<Theme> themes = new LinkedHashSet<>();

  @OneToMany(mappedBy = "learningPackage", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position ASC")
  private List<Attachment> files = new ArrayList<>();

  protected LearningPackage() {}

  public LearningPackage(String title) {
    this.title = title;
  }

  @Override
  public Attachment attach(AttachmentRole role, String title) {
    Attachment a = new Attachment(this, role, title, files.size());
    files.add(a);
    return a;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Audience getAudience() {
    return audience;
  }

  public void setAudience(Audience audience) {
    this.audience = audience;
  }

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
    this.unit = unit;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public LearningPackage getOrigin() {
    return origin;
  }

  public void setOrigin(LearningPackage origin) {
    this.origin = origin;
  }

  public Set<Theme> getThemes() {
    return themes;
  }

  public void setThemes(Set<Theme> themes) {
    this.themes.clear();
    this.themes.addAll(themes);
  }

  public List<Attachment> getFiles() {
    return files;
  }
}
