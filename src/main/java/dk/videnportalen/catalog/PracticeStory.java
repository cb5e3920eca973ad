package dk.videnportalen.catalog;

import dk.videnportalen.identity.Unit;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A practice story (praksisfortælling): challenge → action → outcome, from one unit. */
@Entity
@Table(name = "practice_story")
public class PracticeStory extends CatalogItem {

  @Column(nullable = false, length = 300)
  private String title;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(length = 200)
  private String area;

  @Column(name = "story_date")
  private LocalDate storyDate;

  @Lob
  @Basic(fetch = FetchType.EAGER)
  @Column(nullable = false)
  private String challenge;

  @Lob
  @Basic(fetch = FetchType.EAGER)
  @Column(nullable = false)
  private String action;

  @Lob
  @Basic(fetch = FetchType.EAGER)
  @Column(nullable = false)
  private String outcome;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StoryState state = StoryState.DRAFT;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @ManyToMany
  @JoinTable(name = "story_theme",
      joinColumns = @JoinColumn(name = "story_id"),
      inverseJoinColumns = @JoinColumn(name = "theme_id"))
  @OrderBy("position ASC")
  private Set<Theme> themes = new LinkedHashSet<>();

  @OneToMany(mappedBy = "story", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position ASC")
  private List<Attachment> files = new ArrayList<>();

  protected PracticeStory() {}

  public PracticeStory(String title, String challenge, String action, String outcome) {
    this.title = title;
    this.challenge = challenge;
    this.action = action;
    this.outcome = outcome;
  }

  @Override
  public Attachment attach(AttachmentRole role, String title) {
    Attachment a = new Attachment(this, role, title, files.size());
    files.add(a);
    return a;
  }

  public void publish() {
    if (state != StoryState.PUBLISHED) {
      state = StoryState.PUBLISHED;
      publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
  }

  public void unpublish() {
    state = StoryState.DRAFT;
  }

  public boolean isPublished() {
    return state == StoryState.PUBLISHED;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
    this.unit = unit;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public LocalDate getStoryDate() {
    return storyDate;
  }

  public void setStoryDate(LocalDate storyDate) {
    this.storyDate = storyDate;
  }

  public String getChallenge() {
    return challenge;
  }

  public void setChallenge(String challenge) {
    this.challenge = challenge;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public StoryState getState() {
    return state;
  }

  public OffsetDateTime getPublishedAt() {
    return publishedAt;
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
