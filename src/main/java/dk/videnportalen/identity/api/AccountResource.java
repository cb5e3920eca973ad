package dk.videnportalen.identity.api;

import dk.videnportalen.identity.AccountAdministration;
import dk.videnportalen.identity.AccountView;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Account administration: {@code /api/accounts} (administrators only). */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Konti", description = "Accounts and roles")
public class AccountResource {

  @Inject AccountAdministration admin;
  @Inject Guard guard;

  /** New roles for an account. */
  public record Roles(List<String> roles) {}

  @GET
  @Operation(summary = "All accounts")
  public List<AccountView> list() {
    guard.require(Action.ADMINISTER_USERS);
    return admin.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Invite someone: creates the account with a one-time password",
      description = "The answer holds the one-time password, shown only this once; the person "
          + "must change it at first sign-in.")
  public Response invite(AccountAdministration.InviteRequest request, @Context UriInfo uri) {
    guard.require(Action.ADMINISTER_USERS);
    if (request == null) {
      throw new BadRequestException();
    }
    AccountAdministration.Invitation invitation = admin.invite(request);
    return Response.created(uri.getBaseUriBuilder().path("accounts/{id}")
            .build(invitation.account().id()))
        .entity(invitation)
        .build();
  }

  @PUT
  @Path("{id}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set an account's roles (STAFF, LEADER, EDITOR, ADMIN)")
  public AccountView roles(@PathParam("id") long id, Roles roles) {
    guard.require(Action.ADMINISTER_USERS);
    return admin.setRoles(id, roles == null ? List.of() : roles.roles());
  }

  @POST
  @Path("{id}/deactivate")
  @Operation(summary = "Deactivate an account; it can no longer sign in, effective at once")
  public AccountView deactivate(@PathParam("id") long id) {
    guard.require(Action.ADMINISTER_USERS);
    return admin.setActive(id, false);
  }

  @POST
  @Path("{id}/activate")
  @Operation(summary = "Reactivate an account")
  public AccountView activate(@PathParam("id") long id) {
    guard.require(Action.ADMINISTER_USERS);
    return admin.setActive(id, true);
  }

  @POST
  @Path("{id}/reset-password")
  @Operation(summary = "Give the account a new one-time password")
  public AccountAdministration.Invitation resetPassword(@PathParam("id") long id) {
    guard.require(Action.ADMINISTER_USERS);
    return admin.resetPassword(id);
  }

  @POST
  @Path("{id}/anonymise")
  @Operation(summary = "Anonymise a former employee; their content stays, as \"tidligere medarbejder\"")
  public AccountView anonymise(@PathParam("id") long id) {
    guard.require(Action.ADMINISTER_USERS);
    return admin.anonymise(id);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete an account (anonymised instead if they created anything)")
  public Map<String, Object> delete(@PathParam("id") long id) {
    guard.require(Action.ADMINISTER_USERS);
    boolean deleted = admin.delete(id);
    return Map.of("id", id, "result", deleted ? "deleted" : "anonymised");
  }
}
