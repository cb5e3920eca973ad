package dk.videnportalen.catalog.web;


import dk.videnportalen.catalog.CatalogViews.PackageView;
import dk.videnportalen.catalog.CatalogViews.StoryView;
import dk.videnportalen.catalog.CatalogViews.ThemeView;
import dk.videnportalen.catalog.PackageService;
import dk.videnportalen.catalog.StoryService;
import dk.videnportalen.catalog.ThemeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: themes with their counts, the newest packages and stories. */
@Named
@RequestScoped
public class HomePage {

  static final int NEWEST = 4;

  @Inject ThemeService themes;
  @Inject PackageService packages;
  @Inject StoryService stories;

  private List<ThemeView> themeList;

  public List<ThemeView> getThemes() {
    if (themeList == null) {
      themeList = themes.list();
    }
    return themeList;
  }

  public List<PackageView> getNewestPackages() {
    return packages.list(null, 0, NEWEST).items();
  }

  public List<StoryView> getNewestStories() {
    return stories.list(null, false, 0, NEWEST).items();
  }
}
