package dk.videnportalen.catalog.web;

import dk.videnportalen.platform.web.Pages;
import dk.videnportalen.catalog.CatalogViews.FileView;
import dk.videnportalen.catalog.CatalogViews.PackageView;
import dk.videnportalen.catalog.PackageService;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.search.RelatedItems;
import dk.videnportalen.search.SearchResult.Hit;
import dk.videnportalen.search.SearchService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A learning package, {@code /pakker/{id}}. A link from a search hit adds {@code ?fil=&side=}:
 * the file the passage came from is highlighted and its page or slide named.
 */
@Named
@RequestScoped
public class PackagePage {

  @Inject PackageService packages;
  @Inject RelatedItems relatedItems;
  @Inject Guard guard;

  private String id;
  private String fil;
  private String side;
  private String q;

  @PostConstruct
  void readParameters() {
    id = Pages.pathSegment();
    fil = Pages.param("fil");
    side = Pages.param("side");
    q = Pages.param("q");
  }

  private PackageView item;
  private List<Hit> related;

  /** f:viewAction: loads the package, or lists all packages for the bare address, or answers 404. */
  public void load() {
    if (id == null) {
      // The address without an id (typed, or cut back from an item's) lists them all.
      Pages.redirectQuietly("/soeg?type=package");
      return;
    }
    OptionalLong key = Pages.id(id);
    item = key.isPresent() ? packages.find(key.getAsLong()).orElse(null) : null;
    if (item == null) {
      Pages.notFound();
    }
  }

  public PackageView getItem() {
    return item;
  }

  public List<Hit> getRelated() {
    if (related == null) {
      related = item == null ? List.of()
          : relatedItems.relatedTo(item.id(),
              SearchService.visibilityOf(guard.may(Action.READ_DRAFTS), Set.of()));
    }
    return related;
  }

  /** Whether the visitor came from a search hit in this file. */
  public boolean isFound(FileView file) {
    OptionalLong f = Pages.id(fil);
    return f.isPresent() && f.getAsLong() == file.id();
  }

  /** The page or slide a search hit pointed at, or 0. */
  public int getFoundPage() {
    return Pages.number(side, 0, 100_000);
  }

  /** The found page of a file's text, with the search's words to mark there. */
  public String foundPageLink(FileView file) {
    int pageNo = getFoundPage();
    return "/tekst/" + file.id() + "?side=" + pageNo
        + (q == null || q.isBlank() ? "" : "&q=" + Pages.encode(q.strip())) + "#side-" + pageNo;
  }

  public boolean isPresentation(FileView file) {
    return isPresentation(file.mediaType());
  }

  /** Whether a file has slides rather than pages (what its page numbers are called). */
  static boolean isPresentation(String mediaType) {
    return mediaType != null && mediaType.contains("presentation");
  }

  public boolean isMayEdit() {
    return guard.may(Action.EDIT_PACKAGE);
  }
}
