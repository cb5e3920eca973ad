package dk.videnportalen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.videnportalen.identity.Role;
import dk.videnportalen.testing.PortalClient.Reply;
import java.util.UUID;

/** Accounts for the HTTP tests, made through the REST API as the administrator. */
public final class Accounts {

  private static final String PASSWORD = "Et-godt-langt-kodeord-9";

  private Accounts() {}

  /**
   * A client signed in as a new account with one role, which has set its own password as a new
   * colleague would (a one-time password may do nothing but change itself).
   */
  public static PortalClient signedIn(PortalServer portal, Role role) {
    String username = "test-" + role.name().toLowerCase() + "-"
        + UUID.randomUUID().toString().substring(0, 6);
    Reply invited = portal.admin().postJson("/api/accounts", "{\"username\":\"" + username
        + "\",\"displayName\":\"Test " + role + "\",\"roles\":[\"" + role + "\"]}");
    assertEquals(201, invited.status(), invited::toString);
    String temporary = invited.json().getString("temporaryPassword");
    Reply changed = portal.client().withBasicAuth(username, temporary).postJson("/api/me/password",
        "{\"current\":" + Json.quote(temporary) + ",\"next\":" + Json.quote(PASSWORD) + "}");
    assertEquals(204, changed.status(), changed::toString);
    return portal.client().withBasicAuth(username, PASSWORD);
  }
}
