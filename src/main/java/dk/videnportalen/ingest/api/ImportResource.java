package dk.videnportalen.ingest.api;

import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.CurrentUser;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.ingest.IngestService;
import dk.videnportalen.ingest.UploadRejected;
import dk.videnportalen.ingest.imports.ImportLedger;
import dk.videnportalen.ingest.imports.ImportService;
import dk.videnportalen.ingest.imports.ImportViews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk imports ({@code /api/imports}): a ZIP upload or a server folder. Answers 202 at once; the
 * job's progress and per-file report are at its Location.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Bulk import of folders and ZIP files")
public class ImportResource {

  @Inject ImportService imports;
  @Inject ImportLedger ledger;
  @Inject MultipartUpload upload;
  @Inject Guard guard;
  @Inject CurrentUser user;

  /** A folder import request. */
  public record FolderRequest(String folder) {}

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Import a ZIP file",
      description = "One part `file` with a ZIP. Item folders inside it (with an item.json as in "
          + "content/) become packages or stories; every other file becomes a package of its own.")
  @APIResponse(responseCode = "202", description = "Started; Location is the job")
  public Response importZip(List<EntityPart> parts, @Context UriInfo uri) throws IOException {
    guard.require(Action.IMPORT_CONTENT);
    MultipartUpload.Parts received = upload.read(parts);
    if (received.files().size() != 1) {
      throw UploadRejected.malformed("Send præcis én ZIP-fil (del „file“).");
    }
    IngestService.Received zip = received.files().get(0);
    long id = imports.importZip(zip, user.account().orElse(null));
    return accepted(id, uri);
  }

  @POST
  @Path("folder")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import a folder below the server's import folder")
  @APIResponse(responseCode = "202", description = "Started; Location is the job")
  public Response importFolder(FolderRequest request, @Context UriInfo uri) {
    guard.require(Action.IMPORT_CONTENT);
    if (request == null) {
      throw UploadRejected.malformed("Angiv mappen som {\"folder\": \"…\"}.");
    }
    return accepted(imports.importFolder(request.folder(), user.account().orElse(null)), uri);
  }

  @GET
  @Operation(summary = "Recent imports with their progress")
  public List<ImportViews.JobView> recent() {
    guard.require(Action.IMPORT_CONTENT);
    return ledger.recent(50);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One import with its per-file report")
  public ImportViews.JobView get(@PathParam("id") long id) {
    guard.require(Action.IMPORT_CONTENT);
    return ledger.view(id);
  }

  private Response accepted(long id, UriInfo uri) {
    return Response.accepted(ledger.view(id))
        .location(uri.getBaseUriBuilder().path("imports/{id}").build(id))
        .build();
  }
}
