package dk.videnportalen.catalog.web.editor;

import dk.videnportalen.catalog.CatalogViews.FileView;
import dk.videnportalen.catalog.CatalogViews.ItemRef;
import dk.videnportalen.catalog.CatalogViews.PackageView;
import dk.videnportalen.catalog.CatalogViews.ThemeRef;
import dk.videnportalen.catalog.NewFile;
import dk.videnportalen.catalog.PackageDraft;
import dk.videnportalen.catalog.PackageService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /redaktion/pakke[?id=…]}: a learning package's details and files. Files chosen in the
 * upload component are stored as they arrive (with a progress bar each) and attached when the
 * package is saved, so a package is created with all its files in one transaction or not at all.
 */
@Named("packageEditor")
@ViewScoped
public class PackageEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PackageService packages;
  @Inject FileIntake intake;
  @Inject Guard guard;
  @Inject CurrentUser user;

  private Long id;
  private String title;
  private String summary;
  private List<String> themes = new ArrayList<>();
  private String audience = "alle";
  private String unit;
  private String language = "da";
  private Long adaptedFrom;
  private final List<HeldFile> held = new CopyOnWriteArrayList<>();
  private transient PackageView current;
  private transient List<ItemRef> otherPackages;
  private boolean confirmingDelete;

  /** Loads the package named in the address ({@code ?id=}); none means a new package. */
  @PostConstruct
  void load() {
    id = RequestParameters.id();
    if (id == null) {
      guard.require(Action.CREATE_PACKAGE);
      return;
    }
    guard.require(Action.EDIT_PACKAGE);
    PackageView p = packages.find(id).orElse(null);
    if (p == null) {
      Feedback.error(null, Feedback.text("pkg.notFound"));
      id = null;
      return;
    }
    current = p;
    title = p.title();
    summary = p.summary();
    themes = new ArrayList<>(p.themes().stream().map(ThemeRef::slug).toList());
    audience = p.audience();
    unit = p.unit();
    language = p.language();
    adaptedFrom = p.adaptedFrom() == null ? null : p.adaptedFrom().id();
  }

  public void upload(FileUploadEvent event) {
    Feedback.attempt("f:files", () -> {
      guard.require(id == null ? Action.CREATE_PACKAGE : Action.EDIT_PACKAGE);
      held.add(intake.hold(event.getFile()));
    });
  }

  public void removeHeld(HeldFile file) {
    held.remove(file);
  }

  /** A new version of one of the package's files, saved at once; older versions are kept. */
  public void uploadVersion(FileUploadEvent event) {
    Object attachment = event.getComponent().getAttributes().get("attachmentId");
    Feedback.attempt(null, () -> {
      guard.require(Action.EDIT_PACKAGE);
      HeldFile file = intake.hold(event.getFile());
      NewFile analysed = intake.analyse(List.of(file)).get(0);
      current = packages.addVersion(id, ((Number) attachment).longValue(), analysed,
          user.account().orElse(null));
      Feedback.info("pkg.versionAdded", file.name());
    });
  }

  public void save() throws IOException {
    PackageDraft draft = new PackageDraft(title, summary, themes, audience, unit, language,
        adaptedFrom);
    if (id == null && held.isEmpty()) {
      Feedback.error("f:files", Feedback.text("pkg.fileRequired"));
      return;
    }
    boolean created = id == null;
    boolean ok = Feedback.attempt(null, () -> {
      guard.require(created ? Action.CREATE_PACKAGE : Action.EDIT_PACKAGE);
      packages.check(draft);
      List<NewFile> files = intake.analyse(held);
      if (created) {
        id = packages.create(draft, files, user.account().orElse(null)).id();
      } else {
        packages.update(id, draft);
        if (!files.isEmpty()) {
          packages.addFiles(id, files, user.account().orElse(null));
        }
      }
    });
    if (ok) {
      held.clear();
      Feedback.info(created ? "pkg.created" : "pkg.saved");
      Feedback.keepForRedirect();
      Pages.redirect("/redaktion/pakke?id=" + id);
    }
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
      guard.require(Action.DELETE_PACKAGE);
      packages.delete(id);
    })) {
      Feedback.info("pkg.deleted");
      Feedback.keepForRedirect();
      Pages.redirect("/redaktion");
    }
  }

  public List<FileView> getFiles() {
    if (current == null && id != null) {
      current = packages.find(id).orElse(null);
    }
    return current == null ? List.of() : current.files();
  }

  /** Other packages this one can be an adaptation of. */
  public List<ItemRef> getOtherPackages() {
    if (otherPackages == null) {
      otherPackages = packages.list(null, 0, 500).items().stream()
          .filter(p -> id == null || p.id() != id)
          .map(p -> new ItemRef(p.id(), p.title(), p.url()))
          .toList();
    }
    return otherPackages;
  }

  public boolean isMayDelete() {
    return id != null && guard.may(Action.DELETE_PACKAGE);
  }

  public String getPublicUrl() {
    return id == null ? null : "/pakker/" + id;
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

  public List<String> getThemes() {
    return themes;
  }

  public void setThemes(List<String> themes) {
    this.themes = themes;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public Long getAdaptedFrom() {
    return adaptedFrom;
  }

  public void setAdaptedFrom(Long adaptedFrom) {
    this.adaptedFrom = adaptedFrom;
  }
}
