package dk.videnportalen.catalog.web.editor;

import dk.videnportalen.catalog.CatalogViews.FileView;
import dk.videnportalen.catalog.CatalogViews.StoryView;
import dk.videnportalen.catalog.CatalogViews.ThemeRef;
import dk.videnportalen.catalog.NewFile;
import dk.videnportalen.catalog.StoryDraft;
import dk.videnportalen.catalog.StoryService;
import dk.videnportalen.catalog.StoryState;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.CurrentUser;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.platform.web.Pages;
import dk.videnportalen.platform.web.editor.Feedback;
import dk.videnportalen.platform.web.editor.RequestParameters;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /redaktion/fortaelling[?id=…]}: a practice story — challenge, action, outcome — with its
 * unit, area, date, themes and files. A story is saved as a draft that only editors see; it
 * becomes public only when someone allowed to publish (PermissionPolicy) presses "Publicér", and
 * it can be withdrawn again.
 */
@Named("storyEditor")
@ViewScoped
public class StoryEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StoryService stories;
  @Inject FileIntake intake;
  @Inject Guard guard;
  @Inject CurrentUser user;

  private Long id;
  private String title;
  private String unit;
  private String unitKind = "SCHOOL";
  private String area;
  private LocalDate date;
  private String challenge;
  private String action;
  private String outcome;
  private List<String> themes = new ArrayList<>();
  private final List<HeldFile> held = new CopyOnWriteArrayList<>();
  private String state;
  private transient StoryView current;
  private boolean confirmingDelete;

  /** Loads the story named in the address ({@code ?id=}); none means a new story. */
  @PostConstruct
  void load() {
    id = RequestParameters.id();
    if (id == null) {
      guard.require(Action.CREATE_STORY);
      return;
    }
    guard.require(Action.READ_DRAFTS);
    StoryView s = stories.find(id).orElse(null);
    if (s == null) {
      Feedback.error(null, Feedback.text("story.notFound"));
      id = null;
      return;
    }
    show(s);
  }

  private void show(StoryView s) {
    current = s;
    title = s.title();
    unit = s.unit();
    unitKind = s.unitKind() == null ? unitKind : s.unitKind();
    area = s.area();
    date = s.date();
    challenge = s.challenge();
    action = s.action();
    outcome = s.outcome();
    themes = new ArrayList<>(s.themes().stream().map(ThemeRef::slug).toList());
    state = s.state();
  }

  public void upload(FileUploadEvent event) {
    Feedback.attempt("f:files", () -> {
      guard.require(id == null ? Action.CREATE_STORY : Action.EDIT_STORY);
      held.add(intake.hold(event.getFile()));
    });
  }

  public void removeHeld(HeldFile file) {
    held.remove(file);
  }

  /** Saves the story; a new one becomes a draft. */
  public void save() throws IOException {
    if (store()) {
      Feedback.info("story.saved");
      Feedback.keepForRedirect();
      Pages.redirect("/redaktion/fortaelling?id=" + id);
    }
  }

  /** Saves what the reviewer sees in the form, then publishes it. */
  public void publish() throws IOException {
    if (id != null && store() && Feedback.attempt(null, () -> {
      guard.require(Action.PUBLISH_STORY);
      stories.publish(id);
    })) {
      Feedback.info("story.published");
      Feedback.keepForRedirect();
      Pages.redirect("/redaktion/fortaelling?id=" + id);
    }
  }

  public void unpublish() throws IOException {
    if (Feedback.attempt(null, () -> {
      guard.require(Action.PUBLISH_STORY);
      stories.unpublish(id);
    })) {
      Feedback.info("story.unpublished");
      Feedback.keepForRedirect();
      Pages.redirect("/redaktion/fortaelling?id=" + id);
    }
  }

  private boolean store() {
    StoryDraft draft = new StoryDraft(title, unit, unitKind, area, date, challenge, action, outcome,
        themes);
    boolean created = id == null;
    boolean ok = Feedback.attempt(null, () -> {
      guard.require(created ? Action.CREATE_STORY : Action.EDIT_STORY);
      stories.check(draft);
      List<NewFile> files = intake.analyse(held);
      if (created) {
        id = stories.create(draft, files, user.account().orElse(null)).id();
      } else {
        stories.update(id, draft);
        if (!files.isEmpty()) {
          stories.addFiles(id, files, user.account().orElse(null));
        }
      }
    });
    if (ok) {
      held.clear();
    }
    return ok;
  }

  public void askDelete() {
    confirmingDelete = true;
  }

  public void cancelDelete() {
    confirmingDelete = false;
  }

  public void delete() throws IOException {
    confirmingDelete = false;
    if (Feedback.attempt(null, () -> {
      guard.require(Action.EDIT_STORY);
      stories.delete(id);
    })) {
      Feedback.info("story.deleted");
      Feedback.keepForRedirect();
      Pages.redirect("/redaktion");
    }
  }

  public List<FileView> getFiles() {
    if (current == null && id != null) {
      current = stories.find(id).orElse(null);
    }
    return current == null ? List.of() : current.files();
  }

  public boolean isPublished() {
    return StoryState.PUBLISHED.name().equalsIgnoreCase(state);
  }

  public boolean isMayPublish() {
    return id != null && guard.may(Action.PUBLISH_STORY);
  }

  public String getPublicUrl() {
    return id == null ? null : "/fortaellinger/" + id;
  }

  public List<HeldFile> getHeld() {
    return held;
  }

  public boolean isConfirmingDelete() {
    return confirmingDelete;
  }

  public Long getId() {
    return id;
  }


  public String getState() {
    return state;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getUnitKind() {
    return unitKind;
  }

  public void setUnitKind(String unitKind) {
    this.unitKind = unitKind;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
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

  public List<String> getThemes() {
    return themes;
  }

  public void setThemes(List<String> themes) {
    this.themes = themes;
  }
}
