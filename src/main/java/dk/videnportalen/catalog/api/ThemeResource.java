package dk.videnportalen.catalog.api;

import dk.videnportalen.catalog.CatalogViews.ThemeView;
import dk.videnportalen.catalog.ThemeService;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.ingest.UploadRejected;
import dk.videnportalen.platform.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The theme taxonomy: {@code /api/themes}. Editors may add and edit themes. */
@Path("themes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Temaer", description = "The theme taxonomy")
public class ThemeResource {

  @Inject ThemeService themes;
  @Inject Guard guard;

  @GET
  @Operation(summary = "All themes in site order, with counts of packages and published stories")
  public List<ThemeView> list() {
    return themes.list();
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One theme")
  public ThemeView get(@PathParam("slug") String slug) {
    return themes.find(slug).orElseThrow(() -> new NotFound("Temaet „" + slug + "“ findes ikke."));
  }

  @PUT
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create or change a theme (editors)")
  public ThemeView put(@PathParam("slug") String slug, ThemeRequest request) {
    guard.require(Action.MANAGE_THEMES);
    if (request == null) {
      throw UploadRejected.malformed("Send temaets oplysninger som JSON.");
    }
    return themes.save(slug, new ThemeService.ThemeDraft(request.name(), request.description(),
        request.kind(), request.position()));
  }

  /** A theme as the API receives it: name, description, kind ("tema" or "soejle"), position. */
  public record ThemeRequest(String name, String description, String kind, Integer position) {}
}
