package dk.videnportalen.catalog.api;

import dk.videnportalen.catalog.CatalogViews.PackageView;
import dk.videnportalen.catalog.CatalogViews.PageOf;
import dk.videnportalen.catalog.NewFile;
import dk.videnportalen.catalog.PackageService;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.CurrentUser;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.ingest.IngestMetrics;
import dk.videnportalen.ingest.IngestService;
import dk.videnportalen.ingest.UploadRejected;
import dk.videnportalen.ingest.api.MultipartUpload;
import dk.videnportalen.platform.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Learning packages: {@code /api/packages}. */
@Path("packages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Læringspakker", description = "Learning packages and their files")
public class PackageResource {

  @Inject PackageService packages;
  @Inject MultipartUpload upload;
  @Inject IngestService ingest;
  @Inject IngestMetrics metrics;
  @Inject Guard guard;
  @Inject CurrentUser user;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Create a package",
      description = "multipart/form-data: one part `metadata` (application/json: title required; "
          + "summary, themes, audience, unit, language, adaptedFrom, files[{name, role, title}] "
          + "optional) and one or more parts `file`. Every file is stored and its text extracted; "
          + "encrypted or corrupt files are kept with that status. Needs an editor account.")
  @APIResponse(responseCode = "201", description = "Created; Location names the package")
  @APIResponse(responseCode = "400", description = "Malformed request or metadata")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an editor")
  @APIResponse(responseCode = "413", description = "A file is larger than the limit")
  @APIResponse(responseCode = "415", description = "Not multipart, or a program file")
  @APIResponse(responseCode = "422", description = "Invalid metadata (unknown theme, audience …)")
  public Response create(List<EntityPart> parts, @Context UriInfo uri) throws IOException {
    guard.require(Action.CREATE_PACKAGE);
    MultipartUpload.Parts received = upload.read(parts);
    PackageRequest request = upload.bind(received, PackageRequest.class);
    if (received.files().isEmpty()) {
      throw UploadRejected.malformed("En læringspakke skal have mindst én fil (del „file“).");
    }
    packages.check(request.draft());
    List<NewFile> files = FileMetadata.analyse(ingest, received, request.files());
    long started = System.nanoTime();
    PackageView created = packages.create(request.draft(), files, user.account().orElse(null));
    metrics.recorded(System.nanoTime() - started);
    return Response.created(uri.getBaseUriBuilder().path("packages/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @POST
  @Path("{id}/files")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Add files to a package, or a new version of one file",
      description = "Parts `file` (one or more) and optional `metadata` {files[{name, role, title}],"
          + " replaces}. With `replaces` (a file id of this package) the single uploaded file "
          + "becomes that file's new version; older versions are kept.")
  @APIResponse(responseCode = "200", description = "The package with its files")
  public PackageView addFiles(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
    guard.require(Action.EDIT_PACKAGE);
    if (packages.find(id).isEmpty()) {
      throw new NotFound("Læringspakken " + id + " findes ikke.");
    }
    MultipartUpload.Parts received = upload.read(parts);
    PackageRequest request = received.hasMetadata()
        ? upload.bind(received, PackageRequest.class)
        : new PackageRequest(null, null, null, null, null, null, null, null, null);
    if (received.files().isEmpty()) {
      throw UploadRejected.malformed("Vedhæft mindst én fil (del „file“).");
    }
    if (request.replaces() != null && received.files().size() != 1) {
      throw UploadRejected.malformed("En ny version erstatter én fil: send præcis én del „file“.");
    }
    List<NewFile> files = FileMetadata.analyse(ingest, received, request.files());
    if (request.replaces() != null) {
      return packages.addVersion(id, request.replaces(), files.get(0), user.account().orElse(null));
    }
    return packages.addFiles(id, files, user.account().orElse(null));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One package with its files and their versions")
  @APIResponse(responseCode = "404", description = "No such package")
  public PackageView get(@PathParam("id") long id) {
    return packages.find(id)
        .orElseThrow(() -> new NotFound("Læringspakken " + id + " findes ikke."));
  }

  @GET
  @Operation(summary = "Packages, newest first, optionally by theme")
  public PageOf<PackageView> list(
      @Parameter(description = "theme slug") @QueryParam("theme") String theme,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return packages.list(theme, Paging.page(page), Paging.size(size));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a package's title, summary, themes, audience …")
  public PackageView update(@PathParam("id") long id, PackageRequest request) {
    guard.require(Action.EDIT_PACKAGE);
    if (request == null) {
      throw UploadRejected.malformed("Send pakkens oplysninger som JSON.");
    }
    return packages.update(id, request.draft());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a package and its files")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") long id) {
    guard.require(Action.DELETE_PACKAGE);
    packages.delete(id);
    return Response.noContent().build();
  }
}
