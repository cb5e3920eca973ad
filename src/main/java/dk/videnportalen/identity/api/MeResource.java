package dk.videnportalen.identity.api;

import dk.videnportalen.identity.AccessDenied;
import dk.videnportalen.identity.AccountView;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.CurrentUser;
import dk.videnportalen.identity.MyAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person's own account: {@code /api/me}. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Konti")
public class MeResource {

  @Inject MyAccount me;
  @Inject CurrentUser user;

  /** A password change. */
  public record PasswordChange(String current, String next) {}

  @GET
  @Operation(summary = "My account")
  public AccountView profile() {
    return me.profile(username());
  }

  @GET
  @Path("export")
  @Operation(summary = "Download everything the portal keeps about me (JSON)")
  public Response export() {
    Map<String, Object> data = me.export(username());
    return Response.ok(data, MediaType.APPLICATION_JSON_TYPE)
        .header("Content-Disposition", "attachment; filename=\"mine-data.json\"")
        .build();
  }

  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change my password")
  public Response changePassword(PasswordChange change) {
    if (change == null || change.current() == null || change.next() == null) {
      throw new BadRequestException();
    }
    me.changePassword(username(), change.current().toCharArray(), change.next().toCharArray());
    return Response.noContent().build();
  }

  private String username() {
    return user.username().orElseThrow(() -> new AccessDenied(Action.READ_PUBLISHED, false));
  }
}
