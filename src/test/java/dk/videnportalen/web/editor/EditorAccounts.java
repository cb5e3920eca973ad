package dk.videnportalen.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import java.util.UUID;

/** Accounts for the browser tests, made through the REST API as the administrator. */
final class EditorAccounts {

  static final String PASSWORD = "En-lang-og-god-adgangskode-42";

  private EditorAccounts() {}

  /** A new account with the given role; returns its user name and one-time password. */
  static String[] invite(PortalServer portal, String role) {
    String username = "ed-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
    Reply invited = portal.admin().postJson("/api/accounts", "{\"username\":\"" + username
        + "\",\"displayName\":\"Test " + role + "\",\"roles\":[\"" + role + "\"]}");
    assertEquals(201, invited.status(), invited::toString);
    return new String[] {username, invited.json().getString("temporaryPassword")};
  }

  /** A ready account (own password chosen) with the role; returns its user name. */
  static String ready(PortalServer portal, String role) {
    String[] invited = invite(portal, role);
    Reply changed = portal.client().withBasicAuth(invited[0], invited[1]).postJson("/api/me/password",
        "{\"current\":" + Json.quote(invited[1]) + ",\"next\":" + Json.quote(PASSWORD) + "}");
    assertEquals(204, changed.status(), changed::toString);
    return invited[0];
  }
}
