package dk.videnportalen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.Accounts;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Multipart;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import dk.videnportalen.testing.Uploads;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every cell of the permission matrix, as every role and anonymously, through the REST API: each
 * action is tried for real, and it must succeed exactly where {@link PermissionPolicy} says so.
 */
@SharedPortal
class PermissionMatrixIT {

  /** A caller: anonymous or signed in with some roles. */
  record Caller(String name, Set<Role> roles, PortalClient client) {}

  @Test
  void everyRoleMayDoExactlyWhatTheMatrixSays(PortalServer portal) {
    PortalClient admin = portal.admin();
    List<Caller> callers = new ArrayList<>();
    callers.add(new Caller("anonym", Set.of(), portal.client()));
    for (Role r : Role.values()) {
      callers.add(new Caller(r.name(), EnumSet.of(r), Accounts.signedIn(portal, r)));
    }

    Map<Action, Function<PortalClient, Reply>> probes = probes(admin);
    List<String> wrong = new ArrayList<>();
    StringBuilder table = new StringBuilder();
    for (Action action : Action.values()) {
      table.append(String.format("%-22s", action));
      for (Caller c : callers) {
        Reply reply = probes.get(action).apply(c.client());
        boolean allowed = PermissionPolicy.allows(c.roles(), action);
        boolean succeeded = reply.status() < 400;
        table.append(String.format(" %-7s", c.name().substring(0, Math.min(6, c.name().length()))
            + (succeeded ? "✓" : "–")));
        if (allowed != succeeded) {
          wrong.add(action + " as " + c.name() + ": expected " + (allowed ? "allowed" : "denied")
              + ", got " + reply);
        } else if (!allowed) {
          int expected = action == Action.READ_DRAFTS ? 404 : c.roles().isEmpty() ? 401 : 403;
          if (reply.status() != expected) {
            wrong.add(action + " as " + c.name() + ": denied with " + reply.status()
                + " instead of " + expected);
          }
        }
      }
      table.append('\n');
    }
    System.out.println("Permission matrix as tried:\n" + table);
    assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
  }

  @Test
  void editorPagesSendAnonymousVisitorsToSignInAndRefuseStaff(PortalServer portal) {
    Reply anonymous = portal.client().get("/redaktion/");
    assertEquals(302, anonymous.status());
    assertTrue(anonymous.header("Location").contains("/log-ind?next="));
    PortalClient staff = Accounts.signedIn(portal, Role.STAFF);
    assertEquals(403, staff.get("/redaktion/").status());
    assertEquals(403, staff.get("/admin/").status());
  }

  /** One real request per action; each allowed call changes only data made for it. */
  private static Map<Action, Function<PortalClient, Reply>> probes(PortalClient admin) {
    Map<Action, Function<PortalClient, Reply>> p = new EnumMap<>(Action.class);
    p.put(Action.READ_PUBLISHED, c -> c.get("/api/packages?size=1"));
    p.put(Action.CREATE_PACKAGE, c -> c.postMultipart("/api/packages", new Multipart()
        .json("metadata", "{\"title\":\"Matrix\"}")
        .file("file", "m.txt", "text/plain", "matrix".getBytes(StandardCharsets.UTF_8))));
    p.put(Action.EDIT_PACKAGE, c -> c.put("/api/packages/" + newPackage(admin),
        "application/json", "{\"title\":\"Ændret\"}".getBytes(StandardCharsets.UTF_8)));
    p.put(Action.DELETE_PACKAGE, c -> c.delete("/api/packages/" + newPackage(admin)));
    p.put(Action.CREATE_STORY, c -> c.postMultipart("/api/stories",
        new Multipart().json("metadata", storyJson())));
    p.put(Action.EDIT_STORY, c -> c.put("/api/stories/" + newStory(admin), "application/json",
        storyJson().getBytes(StandardCharsets.UTF_8)));
    p.put(Action.PUBLISH_STORY, c -> c.post("/api/stories/" + newStory(admin) + "/publish",
        "application/json", new byte[0]));
    p.put(Action.READ_DRAFTS, c -> c.get("/api/stories/" + newStory(admin)));
    p.put(Action.MANAGE_THEMES, c -> c.put("/api/themes/matrix-" + UUID.randomUUID().toString()
        .substring(0, 8), "application/json", "{\"name\":\"Matrixtema\"}".getBytes(StandardCharsets.UTF_8)));
    p.put(Action.MANAGE_SYNONYMS, c -> c.get("/api/admin/search/synonyms"));
    p.put(Action.VIEW_SEARCH_ANALYTICS, c -> c.get("/api/admin/search/analytics"));
    p.put(Action.IMPORT_CONTENT, c -> c.get("/api/imports"));
    p.put(Action.REBUILD_INDEX, c -> c.get("/api/admin/index"));
    p.put(Action.SWEEP_BLOBS, c -> c.post("/api/admin/blobs/sweep", "application/json",
        new byte[0]));
    p.put(Action.ADMINISTER_USERS, c -> c.get("/api/accounts"));
    p.put(Action.READ_AUDIT_LOG, c -> c.get("/api/admin/audit"));
    return p;
  }

  private static long newPackage(PortalClient admin) {
    return Uploads.createPackage(admin, Uploads.uniqueTitle("Matrixpakke"), "p.txt",
        "pakke".getBytes(StandardCharsets.UTF_8)).getJsonNumber("id").longValue();
  }

  private static long newStory(PortalClient admin) {
    Reply r = admin.postMultipart("/api/stories", new Multipart().json("metadata", storyJson()));
    assertEquals(201, r.status(), r::toString);
    return r.json().getJsonNumber("id").longValue();
  }

  private static String storyJson() {
    return "{\"title\":\"Matrixfortælling\",\"challenge\":\"Udfordring\",\"action\":\"Indsats\","
        + "\"outcome\":\"Udbytte\"}";
  }
}
