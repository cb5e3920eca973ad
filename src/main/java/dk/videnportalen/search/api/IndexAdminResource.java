package dk.videnportalen.search.api;

import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.search.SearchIndex;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The index's state and an admin's "rebuild from the database". */
@Path("admin/index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class IndexAdminResource {

  @Inject SearchIndex index;
  @Inject Guard guard;

  @GET
  @Operation(summary = "Index state: documents, last applied queue event, rebuild progress")
  public SearchIndex.Status status() {
    guard.require(Action.REBUILD_INDEX);
    return index.status();
  }

  @POST
  @Path("rebuild")
  @Operation(summary = "Rebuild the index from the database; searches continue meanwhile")
  public Response rebuild() {
    guard.require(Action.REBUILD_INDEX);
    index.rebuild(SearchIndex.RebuildCause.REQUESTED);
    return Response.accepted(index.status()).build();
  }
}
