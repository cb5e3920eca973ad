package dk.videnportalen.catalog.web.editor;

import dk.videnportalen.catalog.Audience;
import dk.videnportalen.catalog.CatalogViews.ThemeView;
import dk.videnportalen.catalog.ThemeService;
import dk.videnportalen.identity.UnitKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The choices the editor forms offer: themes, audiences, unit kinds, languages. */
@Named("editorOptions")
@RequestScoped
public class EditorOptions {

  @Inject ThemeService themes;
  private List<ThemeView> themeList;

  public List<ThemeView> getThemes() {
    if (themeList == null) {
      themeList = themes.list();
    }
    return themeList;
  }

  public List<String> getAudiences() {
    return Arrays.stream(Audience.values()).map(Audience::code).toList();
  }

  public UnitKind[] getUnitKinds() {
    return UnitKind.values();
  }

  public List<String> getLanguages() {
    return List.of("da", "en", "sv", "nb", "de");
  }
}
