package dk.videnportalen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.Accounts;
import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import dk.videnportalen.testing.Uploads;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Accounts through the API: invite, one-time password, deactivation, GDPR, audit, throttling. */
@SharedPortal
class AccountsIT {

  @Test
  void anInvitedEditorMustChangeTheOneTimePasswordBeforeWriting(PortalServer portal) {
    String name = "ny-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject invitation = portal.admin().postJson("/api/accounts", "{\"username\":\"" + name
        + "\",\"displayName\":\"Ny Redaktør\",\"roles\":[\"EDITOR\"],\"unit\":\"Engdalskolen\","
        + "\"unitKind\":\"SCHOOL\"}").json();
    String temporary = invitation.getString("temporaryPassword");
    assertTrue(invitation.getJsonObject("account").getBoolean("mustChangePassword"));
    PortalClient firstDay = portal.client().withBasicAuth(name, temporary);

    Reply refused = firstDay.postJson("/api/stories", "{}");
    assertEquals(403, refused.status(), refused::toString);
    assertEquals("password_change_required", refused.json().getString("error"));

    Reply weak = firstDay.postJson("/api/me/password",
        "{\"current\":" + Json.quote(temporary) + ",\"next\":\"kort\"}");
    assertEquals(422, weak.status());
    assertEquals(204, firstDay.postJson("/api/me/password", "{\"current\":" + Json.quote(temporary)
        + ",\"next\":\"Mit-eget-kodeord-77\"}").status());
    assertEquals(401, firstDay.get("/api/me").status(), "the one-time password no longer works");
    assertEquals(name, portal.client().withBasicAuth(name, "Mit-eget-kodeord-77").get("/api/me")
        .json().getString("username"));
  }

  @Test
  void aDeactivatedAccountIsLockedOutAtOnce(PortalServer portal) {
    PortalClient editor = Accounts.signedIn(portal, Role.EDITOR);
    assertEquals(200, editor.get("/api/me").status());
    long id = editor.get("/api/me").json().getJsonNumber("id").longValue();
    assertEquals(200, portal.admin().post("/api/accounts/" + id + "/deactivate", "application/json",
        new byte[0]).status());
    assertEquals(401, editor.get("/api/me").status());
  }

  @Test
  void myDataCanBeDownloadedAndAnonymisingKeepsTheContent(PortalServer portal) {
    PortalClient editor = Accounts.signedIn(portal, Role.EDITOR);
    JsonObject me = editor.get("/api/me").json();
    String title = Uploads.uniqueTitle("Skrevet af en kollega");
    long packageId = Uploads.createPackage(editor, title, "k.txt",
        "kollegaens tekst".getBytes(StandardCharsets.UTF_8)).getJsonNumber("id").longValue();

    Reply export = editor.get("/api/me/export");
    assertEquals(200, export.status());
    assertTrue(export.header("Content-Disposition").contains("attachment"));
    assertTrue(export.text().contains(title), "the export lists what I created");
    assertTrue(export.text().contains("PACKAGE_CREATED"), "and what I did");

    long id = me.getJsonNumber("id").longValue();
    JsonObject anonymised = portal.admin().post("/api/accounts/" + id + "/anonymise",
        "application/json", new byte[0]).json();
    assertEquals("Tidligere medarbejder", anonymised.getString("displayName"));
    assertEquals(200, portal.client().get("/api/packages/" + packageId).status(), "content stays");
    String audit = portal.admin().get("/api/admin/audit?target=" + packageId).text();
    assertTrue(audit.contains("tidligere-" + id) && !audit.contains(me.getString("username")), audit);
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountForAWhile(PortalServer portal) {
    PortalClient victim = Accounts.signedIn(portal, Role.STAFF);
    String name = victim.get("/api/me").json().getString("username");
    PortalClient attacker = portal.client().withBasicAuth(name, "gæt-" + UUID.randomUUID());
    for (int i = 0; i < 5; i++) {
      assertEquals(401, attacker.get("/api/me").status());
    }
    Reply locked = attacker.get("/api/me");
    assertEquals(429, locked.status(), locked::toString);
    assertTrue(locked.header("Retry-After") != null);
    assertEquals(429, victim.get("/api/me").status(), "even the right password waits out the lock");
  }
}
