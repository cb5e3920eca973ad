package dk.videnportalen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import dk.videnportalen.testing.Uploads;
import dk.videnportalen.testing.Words;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
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
  void anAdministratorCanRebuildTheIndexWhileSearchKeepsAnswering(PortalServer portal)
      throws InterruptedException {
    assertEquals(202, portal.admin().post("/api/admin/index/rebuild", "application/json",
        new byte[0]).status());
    for (int i = 0; i < 20; i++) {
      assertEquals(200, portal.client().get("/api/search?q=læring").status());
      Thread.sleep(100);
    }
    assertEquals(200, portal.client().get("/health/ready").status());
  }
}
