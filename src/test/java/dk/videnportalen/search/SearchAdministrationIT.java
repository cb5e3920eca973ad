package dk.videnportalen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.ContentImports;
import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import dk.videnportalen.testing.Uploads;
import dk.videnportalen.testing.Words;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The editors' loop: see what staff search for, add a synonym, and it works at once. */
@SharedPortal
class SearchAdministrationIT {

  @Test
  void aNewSynonymTakesEffectWithoutARestart(PortalServer portal) {
    PortalClient editor = portal.admin();
    String word = "trivselsfokus" + Words.letters(5);
    String alias = "wellbeing" + Words.letters(5);
    Uploads.createPackage(editor, Uploads.uniqueTitle("Trivsel"), "t.txt",
        ("Klubben arbejder med " + word + " hver uge.").getBytes(StandardCharsets.UTF_8));
    SearchApiIT.awaitSearch(portal.client(), word, r -> r.getJsonNumber("total").longValue() == 1,
        10_000);
    assertEquals(0, portal.client().get("/api/search?q=" + alias).json().getJsonNumber("total").longValue());

    String rules = editor.get("/api/admin/search/synonyms").text();
    var saved = editor.put("/api/admin/search/synonyms", "text/plain; charset=UTF-8",
        (rules + alias + ", " + word + "\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(200, saved.status(), saved::toString);

    JsonObject found = portal.client().get("/api/search?q=" + alias).json();
    assertEquals(1, found.getJsonNumber("total").longValue(), found::toString);

    var broken = editor.put("/api/admin/search/synonyms", "text/plain; charset=UTF-8",
        "a => , =>".getBytes(StandardCharsets.UTF_8));
    assertEquals(422, broken.status(), broken::toString);
    assertEquals(1, portal.client().get("/api/search?q=" + alias).json().getJsonNumber("total")
        .longValue(), "a refused list leaves the working one in place");
  }

  @Test
  void analyticsCountQueriesAndZeroResultsWithoutPersonalData(PortalServer portal)
      throws InterruptedException {
    String nothing = "ukendtord" + Words.letters(6);
    for (int i = 0; i < 3; i++) {
      portal.client().get("/api/search?q=" + nothing);
    }
    portal.client().get("/api/search?q=0101901234");
    // Counts are written behind the searches, every couple of seconds.
    JsonObject analytics = null;
    JsonObject row = null;
    for (int i = 0; i < 100 && (row == null || row.getJsonNumber("searches").longValue() < 3); i++) {
      Thread.sleep(200);
      analytics = portal.admin().get("/api/admin/search/analytics?max=500").json();
      row = Json.objects(analytics.getJsonArray("zeroResults")).stream()
          .filter(r -> r.getString("query").equals(nothing)).findFirst().orElse(null);
    }
    assertNotNull(row, "the zero-result query is listed");
    assertEquals(3, row.getJsonNumber("searches").longValue());
    assertEquals(3, row.getJsonNumber("zeroResults").longValue());
    assertTrue(!analytics.toString().contains("0101901234"), "a CPR number is never kept");
  }

  @Test
  void aRebuildKeepsSearchAnsweringAndFindsEverythingAsBefore(PortalServer portal)
      throws InterruptedException {
    PortalClient admin = portal.admin();
    String word = "genopbygning" + Words.letters(6);
    // A package found through its file's text, one through its title, and a draft story only
    // editors may find: each way an item reaches the index, read back by the rebuild.
    Uploads.createPackage(admin, Uploads.uniqueTitle("Filtekst"), "noter.txt",
        ("Vi prøvede " + word + " i indskolingen.\fSide to om " + word + ".")
            .getBytes(StandardCharsets.UTF_8));
    Uploads.createPackage(admin, "Titel med " + word, "tom.txt",
        "Intet om ordet her.".getBytes(StandardCharsets.UTF_8));
    var draft = admin.postMultipart("/api/stories", new PortalClient.Multipart()
        .json("metadata", "{\"title\":\"Kladde om " + word + "\",\"challenge\":\"a\","
            + "\"action\":\"b\",\"outcome\":\"c\"}"));
    assertEquals(201, draft.status(), draft::toString);
    SearchApiIT.awaitSearch(admin, word, r -> r.getJsonNumber("total").longValue() == 3, 10_000);
    ContentImports.awaitEnd(admin); // nothing else may change the answers between the snapshots
    awaitIndex(admin, s -> s.getJsonNumber("lastEvent").longValue()
        >= s.getJsonNumber("latestEvent").longValue());
    List<String> queries = List.of(word, "læring", "børn fællesskab", "\"" + word + "\"");
    Map<String, JsonObject> before = answers(portal, queries);

    assertEquals(202, admin.post("/api/admin/index/rebuild", "application/json", new byte[0])
        .status());
    for (int i = 0; i < 10; i++) {
      assertEquals(200, portal.client().get("/api/search?q=læring").status());
      Thread.sleep(50);
    }
    JsonObject done = awaitIndex(admin, s -> !"rebuilding".equals(s.getString("state")));
    assertTrue(!done.containsKey("rebuildFailure") || done.isNull("rebuildFailure"),
        done::toString);
    assertEquals(done.getJsonNumber("rebuildTotal"), done.getJsonNumber("rebuildDone"));
    assertEquals(200, portal.client().get("/health/ready").status());
    JsonObject started = newestAudit(admin, "INDEX_REBUILD_STARTED");
    assertEquals("admin", started.getString("actor"), started::toString);
    assertTrue(started.getString("summary").startsWith("bestilt af en administrator; "),
        started::toString);
    JsonObject rebuilt = newestAudit(admin, "INDEX_REBUILT");
    assertEquals("system", rebuilt.getString("actor"), rebuilt::toString);
    assertTrue(rebuilt.getString("summary").contains(" dokumenter på "), rebuilt::toString);

    Map<String, JsonObject> after = answers(portal, queries);
    for (String key : before.keySet()) {
      assertEquals(before.get(key), after.get(key), key);
    }
    assertEquals(3, after.get("editor " + word).getJsonNumber("total").longValue());
    assertEquals(2, after.get("anonymous " + word).getJsonNumber("total").longValue());
  }

  private static JsonObject newestAudit(PortalClient admin, String action) {
    return admin.get("/api/admin/audit?size=1&action=" + action).jsonArray().getJsonObject(0);
  }

  /**
   * What staff and editors get for each query, without the scores and the order: the rebuilt
   * index has no deleted documents, which shifts scores a little but must change nothing else.
   */
  private static Map<String, JsonObject> answers(PortalServer portal, List<String> queries) {
    Map<String, JsonObject> answers = new TreeMap<>();
    for (var who : Map.of("anonymous", portal.client(), "editor", portal.admin()).entrySet()) {
      for (String q : queries) {
        JsonObject r = who.getValue().get("/api/search?size=50&q=" + PortalClient.query(q))
            .json();
        JsonObjectBuilder answer = jakarta.json.Json.createObjectBuilder()
            .add("total", r.get("total"))
            .add("facets", r.get("facets"));
        if (r.getJsonNumber("total").longValue() <= 50) {
          Map<String, JsonObject> hits = new TreeMap<>();
          for (JsonObject hit : Json.objects(r.getJsonArray("hits"))) {
            JsonObjectBuilder h = jakarta.json.Json.createObjectBuilder(hit);
            h.remove("score");
            hits.put(hit.getString("type") + hit.getJsonNumber("id"), h.build());
          }
          answer.add("hits", jakarta.json.Json.createObjectBuilder(Map.copyOf(hits)));
        }
        answers.put(who.getKey() + " " + q, answer.build());
      }
    }
    return answers;
  }

  private static JsonObject awaitIndex(PortalClient admin, Predicate<JsonObject> done)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    JsonObject status;
    do {
      status = admin.get("/api/admin/index").json();
      if (done.test(status)) {
        return status;
      }
      Thread.sleep(100);
    } while (System.currentTimeMillis() < deadline);
    throw new AssertionError("index not there within 60 s: " + status);
  }
}
