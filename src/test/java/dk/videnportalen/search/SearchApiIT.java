package dk.videnportalen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import dk.videnportalen.testing.Uploads;
import dk.videnportalen.testing.Words;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search through the API: near-real-time, Danish, facets, snippets, suggestions. */
@SharedPortal
class SearchApiIT {

  /**
   * The index shows a change within about a second; tests wait longer so that a loaded CI
   * machine (a full GC, a busy core) does not make them fail. Speed is the benchmarks' job.
   */
  private static final long NRT_PATIENCE_MS = 10_000;

  @TempDir Path tempDir;

  /** A made-up word no other document contains, so results are this test's own. */
  private static String uniqueWord() {
    return "kvist" + Words.letters(6);
  }

  @Test
  void aNewPackageIsFoundWithinASecondAndADeletedOneDisappears(PortalServer portal) {
    String word = uniqueWord();
    String text = "Personalet i børnehaven arbejder med " + word + " som fælles greb i hverdagen.";
    JsonObject pkg = Uploads.createPackage(portal.admin(), Uploads.uniqueTitle("NRT"), "nrt.txt",
        text.getBytes(StandardCharsets.UTF_8));
    long id = pkg.getJsonNumber("id").longValue();

    JsonObject found = awaitSearch(portal.client(), word, r -> r.getJsonNumber("total").longValue() == 1,
        1500);
    JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
    assertEquals(id, hit.getJsonNumber("id").longValue());
    assertEquals("package", hit.getString("type"));
    assertEquals("/pakker/" + id, hit.getString("url"));
    assertTrue(hit.getString("snippet").contains("<mark>" + word + "</mark>"), hit::toString);
    long fileId = pkg.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals("/api/files/" + fileId + "/preview", hit.getString("preview"),
        "the first page of the file the snippet is from, shown beside the result");
    Reply image = portal.client().get(hit.getString("preview"));
    assertEquals(200, image.status());
    assertEquals("image/png", image.header("Content-Type"));

    assertEquals(204, portal.admin().delete("/api/packages/" + id).status());
    awaitSearch(portal.client(), word, r -> r.getJsonNumber("total").longValue() == 0, 1500);
  }

  @Test
  void inflectedCompoundAndAaSpellingsFindTheSamePackage(PortalServer portal) {
    String marker = uniqueWord();
    String text = marker + ": Læringsfællesskaberne i UngiAarhus Nord mødes til workshops, hvor "
        + "de undervisende deler data om de unges trivsel.";
    Uploads.createPackage(portal.admin(), Uploads.uniqueTitle("Fællesskaber"), "f.txt",
        text.getBytes(StandardCharsets.UTF_8));
    long id = 0;
    for (String q : List.of("fællesskab " + marker, "læringsfællesskab " + marker,
        "UngiÅrhus " + marker, "undervisning " + marker)) {
      JsonObject r = awaitSearch(portal.client(), q, x -> x.getJsonNumber("total").longValue() >= 1,
          3000);
      long first = r.getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue();
      assertTrue(id == 0 || id == first, () -> q + " ranks another item first: " + r);
      id = first;
    }
    for (String q : List.of("fællesskab", "UngiÅrhus Nord", "undervisning")) {
      JsonObject r = portal.client().get("/api/search?size=50&q=" + PortalClient.query(q)).json();
      long target = id;
      assertTrue(Json.objects(r.getJsonArray("hits")).stream()
          .anyMatch(h -> h.getJsonNumber("id").longValue() == target), q);
    }
  }

  @Test
  void resultsCarryFacetsThatDrillDown(PortalServer portal) {
    String word = uniqueWord();
    Uploads.createPackage(portal.admin(), Uploads.uniqueTitle("Facet"), "a.txt",
        (word + " i dagtilbud").getBytes(StandardCharsets.UTF_8));
    JsonObject r = awaitSearch(portal.client(), word, x -> x.getJsonNumber("total").longValue() == 1,
        3000);
    JsonObject facets = r.getJsonObject("facets");
    for (String f : List.of("type", "theme", "audience", "community", "year")) {
      assertNotNull(facets.getJsonArray(f), f);
    }
    assertEquals("package", facets.getJsonArray("type").getJsonObject(0).getString("value"));
    assertEquals(0, portal.client().get("/api/search?q=" + word + "&type=story")
        .json().getJsonNumber("total").longValue());
    assertEquals(1, portal.client().get("/api/search?q=" + word + "&type=package")
        .json().getJsonNumber("total").longValue());
  }

  @Test
  void withoutWordsAChosenThemeListsAllItsItemsNewestFirst(PortalServer portal) throws Exception {
    String slug = "browse-" + Words.letters(6);
    assertEquals(200, portal.admin().put("/api/themes/" + slug, "application/json",
        ("{\"name\":\"Gennemsyn " + slug + "\"}").getBytes(StandardCharsets.UTF_8)).status());
    Reply pkg = Uploads.createPackage(portal.admin(), "{\"title\":\"Nyeste pakke " + slug
        + "\",\"summary\":\"Et oplæg <om> leg & læring.\",\"themes\":[\"" + slug + "\"]}",
        Files.writeString(tempDir.resolve("oplaeg.txt"), "Oplæg om leg i skolegården."));
    assertEquals(201, pkg.status(), pkg::toString);
    Reply story = portal.admin().postMultipart("/api/stories", new PortalClient.Multipart()
        .json("metadata", "{\"title\":\"Ældre fortælling " + slug + "\",\"challenge\":\"Børnene "
            + "ventede længe.\",\"action\":\"Vi delte dem i små hold.\",\"outcome\":\"Mere ro.\","
            + "\"themes\":[\"" + slug + "\"],\"unit\":\"Egeskolen\",\"unitKind\":\"SCHOOL\","
            + "\"date\":\"2024-03-01\"}"));
    assertEquals(201, story.status(), story::toString);
    long storyId = story.json().getJsonNumber("id").longValue();
    assertEquals(200, portal.admin().post("/api/stories/" + storyId + "/publish",
        "application/json", new byte[0]).status());

    String browse = "/api/search?theme=" + slug;
    long deadline = System.currentTimeMillis() + NRT_PATIENCE_MS;
    JsonObject r = portal.client().get(browse).json();
    while (r.getJsonNumber("total").longValue() < 2 && System.currentTimeMillis() < deadline) {
      sleep(50);
      r = portal.client().get(browse).json();
    }
    assertEquals(2, r.getJsonNumber("total").longValue(), r::toString);
    List<JsonObject> hits = Json.objects(r.getJsonArray("hits"));
    assertEquals(List.of("package", "story"), hits.stream().map(h -> h.getString("type")).toList(),
        "newest first");
    assertEquals("Et oplæg &lt;om&gt; leg &amp; læring.", hits.get(0).getString("snippet"),
        "the summary, escaped, stands in for a matching passage");
    assertEquals(2, r.getJsonObject("facets").getJsonArray("type").size(), r::toString);
    assertEquals(1, portal.client().get(browse + "&type=story").json()
        .getJsonNumber("total").longValue());
  }

  @Test
  void aMisspelledWordGetsADidYouMean(PortalServer portal) {
    // Consonants only: a random "ae", "oe" or "aa" would be folded to æ, ø or å by the Danish
    // analysis, and the suggestion would rightly come back spelt that way.
    String word = "progressionsmodel" + Words.letters(4);
    Uploads.createPackage(portal.admin(), Uploads.uniqueTitle("Stavning"), "s.txt",
        ("Vi bruger " + word + " hver uge.").getBytes(StandardCharsets.UTF_8));
    awaitSearch(portal.client(), word, x -> x.getJsonNumber("total").longValue() == 1,
        NRT_PATIENCE_MS);
    String typo = word.replaceFirst("ss", "s");
    JsonObject r = portal.client().get("/api/search?q=" + typo).json();
    assertEquals(word, r.getString("suggestion"), r::toString);
    assertTrue(r.getBoolean("autocorrected"));
    assertEquals(1, r.getJsonNumber("total").longValue());
  }

  @Test
  void suggestionsOfferTitlesAsYouType(PortalServer portal) {
    String word = uniqueWord();
    String title = "Øvebaner " + word;
    Uploads.createPackage(portal.admin(), title, "o.txt", "øvebaner".getBytes(StandardCharsets.UTF_8));
    long deadline = System.currentTimeMillis() + NRT_PATIENCE_MS;
    List<String> suggestions;
    do {
      suggestions = Json.strings(portal.client().get("/api/suggest?q="
          + PortalClient.query("øvebaner " + word.substring(0, 7))).jsonArray());
    } while (!suggestions.contains(title) && System.currentTimeMillis() < deadline);
    assertTrue(suggestions.contains(title), suggestions::toString);
  }

  @Test
  void anyQueryTextIsAnsweredWithoutAnError(PortalClient client) {
    for (String q : List.of("\"unclosed phrase", "AND OR NOT", "((((", "*", "title:foo^3~",
        "a".repeat(5000), "'; DROP TABLE learning_package; --", "<script>alert(1)</script>",
        "\\", "~~~", "-", "+-+-", "ÆØÅ æøå ÅRHUS")) {
      Reply r = client.get("/api/search?q=" + PortalClient.query(q));
      assertEquals(200, r.status(), () -> q + " → " + r);
      for (JsonObject hit : Json.objects(r.json().getJsonArray("hits"))) {
        assertFalse(hit.getString("snippet", "").contains("<script"), "snippets stay escaped");
      }
    }
  }

  @Test
  void relatedItemsAreOtherItemsAboutTheSameThing(PortalServer portal) {
    String word = uniqueWord();
    String text = word + " læringscirklen aktionslæring observation refleksion feedback kolleger";
    JsonObject a = Uploads.createPackage(portal.admin(), Uploads.uniqueTitle("Relateret A"), "a.txt",
        text.getBytes(StandardCharsets.UTF_8));
    JsonObject b = Uploads.createPackage(portal.admin(), Uploads.uniqueTitle("Relateret B"), "b.txt",
        (text + " igen").getBytes(StandardCharsets.UTF_8));
    awaitSearch(portal.client(), word, x -> x.getJsonNumber("total").longValue() == 2,
        NRT_PATIENCE_MS);
    Reply related = portal.client().get("/api/items/" + a.getJsonNumber("id") + "/related");
    assertEquals(200, related.status());
    assertTrue(Json.objects(related.jsonArray()).stream()
        .anyMatch(h -> h.getJsonNumber("id").longValue() == b.getJsonNumber("id").longValue()),
        related::toString);
  }

  static JsonObject awaitSearch(PortalClient client, String q, Predicate<JsonObject> done,
      long millis) {
    long deadline = System.currentTimeMillis() + millis;
    JsonObject last;
    do {
      last = client.get("/api/search?q=" + PortalClient.query(q)).json();
      if (done.test(last)) {
        return last;
      }
      sleep(50);
    } while (System.currentTimeMillis() < deadline);
    throw new AssertionError("Not within " + millis + " ms for '" + q.toLowerCase(Locale.ROOT)
        + "': " + last);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
