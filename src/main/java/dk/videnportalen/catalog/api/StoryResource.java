package dk.videnportalen.catalog.api;

import dk.videnportalen.catalog.CatalogViews.PageOf;
import dk.videnportalen.catalog.CatalogViews.StoryView;
import dk.videnportalen.catalog.NewFile;
import dk.videnportalen.catalog.StoryService;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.CurrentUser;
import dk.videnportalen.identity.Guard;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Practice stories: {@code /api/stories}. New stories are drafts until an editor publishes them;
 * drafts are visible to editors only.
 */
@Path("stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Praksisfortællinger", description = "Practice stories: challenge, action, outcome")
public class StoryResource {

  @Inject StoryService stories;
  @Inject MultipartUpload upload;
  @Inject IngestService ingest;
  @Inject Guard guard;
  @Inject CurrentUser user;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Write a story (as a draft)",
      description = "multipart/form-data: part `metadata` (application/json: title, challenge, "
          + "action, outcome required; unit, unitKind, area, date, themes optional) and optional "
          + "parts `file`. Needs an editor account.")
  @APIResponse(responseCode = "201", description = "Created as a draft")
  @APIResponse(responseCode = "422", description = "Invalid metadata")
  public Response create(List<EntityPart> parts, @Context UriInfo uri) throws IOException {
    guard.require(Action.CREATE_STORY);
    MultipartUpload.Parts received = upload.read(parts);
    StoryRequest request = upload.bind(received, StoryRequest.class);
    stories.check(request.draft());
    StoryView created = stories.create(request.draft(), FileMetadata.analyse(ingest, received, request.files()),
        user.account().orElse(null));
    return Response.created(uri.getBaseUriBuilder().path("stories/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @POST
  @Path("{id}/files")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Attach files to a story")
  public StoryView addFiles(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
    guard.require(Action.EDIT_STORY);
    if (stories.find(id).isEmpty()) {
      throw new NotFound("Praksisfortællingen " + id + " findes ikke.");
    }
    MultipartUpload.Parts received = upload.read(parts);
    if (received.files().isEmpty()) {
      throw UploadRejected.malformed("Vedhæft mindst én fil (del „file“).");
    }
    StoryRequest request = received.hasMetadata()
        ? upload.bind(received, StoryRequest.class)
        : new StoryRequest(null, null, null, null, null, null, null, null, null, null);
    return stories.addFiles(id, FileMetadata.analyse(ingest, received, request.files()), user.account().orElse(null));
  }

  @POST
  @Path("{id}/publish")
  @Operation(summary = "Publish a reviewed story")
  public StoryView publish(@PathParam("id") long id) {
    guard.require(Action.PUBLISH_STORY);
    return stories.publish(id);
  }

  @POST
  @Path("{id}/unpublish")
  @Operation(summary = "Take a story back to draft")
  public StoryView unpublish(@PathParam("id") long id) {
    guard.require(Action.PUBLISH_STORY);
    return stories.unpublish(id);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One story")
  @APIResponse(responseCode = "404", description = "No such story, or a draft you may not see")
  public StoryView get(@PathParam("id") long id) {
    return stories.find(id)
        .filter(s -> "published".equals(s.state()) || guard.may(Action.READ_DRAFTS))
        .orElseThrow(() -> new NotFound("Praksisfortællingen " + id + " findes ikke."));
  }

  @GET
  @Operation(summary = "Stories, newest first, optionally by theme (drafts only for editors)")
  public PageOf<StoryView> list(@QueryParam("theme") String theme,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return stories.list(theme, guard.may(Action.READ_DRAFTS), Paging.page(page), Paging.size(size));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit a story")
  public StoryView update(@PathParam("id") long id, StoryRequest request) {
    guard.require(Action.EDIT_STORY);
    if (request == null) {
      throw UploadRejected.malformed("Send fortællingens oplysninger som JSON.");
    }
    return stories.update(id, request.draft());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a story")
  public Response delete(@PathParam("id") long id) {
    guard.require(Action.EDIT_STORY);
    stories.delete(id);
    return Response.noContent().build();
  }
}
