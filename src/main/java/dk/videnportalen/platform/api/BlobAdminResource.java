package dk.videnportalen.platform.api;

import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.platform.blob.BlobSweep;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An administrator's "sweep the blob store now", beside the daily sweep every node runs. */
@Path("admin/blobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class BlobAdminResource {

  @Inject BlobSweep sweep;
  @Inject Guard guard;

  @POST
  @Path("sweep")
  @Operation(summary = "Delete stored files that no package, story or running import needs",
      description = "Deletes only files last stored longer ago than the grace period "
          + "(PORTAL_BLOB_SWEEP_GRACE_HOURS, default 24), so uploads waiting on an editor page "
          + "or in an import are kept; also removes uploads a crash left unfinished. Answers "
          + "with the grace period in hours, the number of files old enough to be checked, and "
          + "the number and bytes of files and unfinished uploads removed. Safe while other "
          + "nodes sweep too. Recorded in the audit log as BLOBS_SWEPT.")
  @APIResponse(responseCode = "200", description = "What was checked and removed")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public BlobSweep.Result sweep() throws IOException {
    guard.require(Action.SWEEP_BLOBS);
    return sweep.sweepNow();
  }
}
