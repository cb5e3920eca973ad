package dk.videnportalen.catalog.web.editor;

import dk.videnportalen.catalog.CatalogViews.ThemeView;
import dk.videnportalen.catalog.ThemeService;
import dk.videnportalen.catalog.ThemeService.ThemeDraft;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.platform.web.editor.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code /redaktion/temaer}: the theme taxonomy — add a theme or change one. */
@Named("themeEditor")
@ViewScoped
public class ThemeEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ThemeService themes;
  @Inject Guard guard;

  private boolean editing;
  private String slug;
  private String name;
  private String description;
  private String kind = "tema";
  private Integer position;
  private transient List<ThemeView> list;

  public List<ThemeView> getThemes() {
    if (list == null) {
      guard.require(Action.MANAGE_THEMES);
      list = themes.list();
    }
    return list;
  }

  public void edit(ThemeView t) {
    editing = true;
    slug = t.slug();
    name = t.name();
    description = t.description();
    kind = t.kind();
    position = t.position();
  }

  public void clear() {
    editing = false;
    slug = name = description = null;
    kind = "tema";
    position = null;
  }

  public void save() {
    if (Feedback.attempt(null, () -> {
      guard.require(Action.MANAGE_THEMES);
      ThemeView saved = themes.save(slug == null ? null : slug.strip(),
          new ThemeDraft(name, description, kind, position));
      Feedback.info("themes.saved", saved.name());
    })) {
      clear();
      list = null;
    }
  }

  public boolean isEditing() {
    return editing;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
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

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }
}
