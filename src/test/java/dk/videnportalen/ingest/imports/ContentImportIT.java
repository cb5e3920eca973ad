package dk.videnportalen.ingest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import dk.videnportalen.testing.TestSettings;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * content/ arrives in a fresh portal at boot: every package and story, every file with its text
 * extracted, and each item findable by a word from its own text.
 */
@SharedPortal
class ContentImportIT {

  @Test
  void everyContentItemArrivesWithItsTextAndIsFindable(PortalServer portal) throws IOException {
    PortalClient admin = portal.admin();
    JsonObject job = awaitContentImport(admin);
    assertEquals("done", job.getString("state"), job::toString);
    assertEquals(0, job.getInt("failed"), job::toString);

    Path content = TestSettings.projectDir().resolve("content");
    Map<String, JsonObject> packages = byTitle(admin, "/api/packages");
    Map<String, JsonObject> stories = byTitle(admin, "/api/stories");
    List<String> problems = new ArrayList<>();

    for (Path item : itemFolders(content.resolve("pakker"))) {
      JsonObject manifest = read(item.resolve("item.json"));
      JsonObject pkg = packages.get(manifest.getString("title"));
      if (pkg == null) {
        problems.add("package missing: " + item.getFileName());
        continue;
      }
      assertEquals(manifest.getJsonArray("files").size(), pkg.getJsonArray("files").size(),
          item.toString());
      for (JsonObject f : Json.objects(pkg.getJsonArray("files"))) {
        if (!"ok".equals(f.getString("status")) || f.getInt("chars") < 100) {
          problems.add(item.getFileName() + "/" + f.getString("name") + ": " + f.getString("status"));
        }
      }
      String text = admin.get("/api/files/" + pkg.getJsonArray("files").getJsonObject(0)
          .getJsonNumber("id") + "/text").text();
      checkFindable(admin, text, pkg.getJsonNumber("id").longValue(), item, problems);
    }
    for (Path item : itemFolders(content.resolve("fortaellinger"))) {
      JsonObject manifest = read(item.resolve("item.json"));
      JsonObject story = stories.get(manifest.getString("title"));
      if (story == null) {
        problems.add("story missing: " + item.getFileName());
        continue;
      }
      assertEquals("published", story.getString("state"));
      checkFindable(admin, manifest.getString("outcome"), story.getJsonNumber("id").longValue(),
          item, problems);
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  /** The longest word of the text must find the item among its results. */
  private static void checkFindable(PortalClient client, String text, long id, Path item,
      List<String> problems) {
    String word = Stream.of(text.split("[^\\p{L}]+"))
        .filter(w -> w.length() >= 8)
        .max(Comparator.comparingInt(String::length))
        .orElse(null);
    if (word == null) {
      problems.add(item.getFileName() + ": no word to search for");
      return;
    }
    JsonObject r = client.get("/api/search?size=50&q=" + PortalClient.query(word)).json();
    boolean found = Json.objects(r.getJsonArray("hits")).stream()
        .anyMatch(h -> h.getJsonNumber("id").longValue() == id);
    if (!found) {
      problems.add(item.getFileName() + ": not found by '" + word.toLowerCase(Locale.ROOT) + "'");
    }
  }

  static JsonObject awaitContentImport(PortalClient admin) {
    long deadline = System.currentTimeMillis() + 300_000;
    while (System.currentTimeMillis() < deadline) {
      for (JsonObject j : Json.objects(admin.get("/api/imports").jsonArray())) {
        if (j.getString("kind").equals("content")
            && List.of("done", "failed").contains(j.getString("state"))) {
          return admin.get("/api/imports/" + j.getJsonNumber("id")).json();
        }
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("content/ import did not finish within 5 minutes");
  }

  /** Every item of a list endpoint, page by page (other tests add items to this portal). */
  private static Map<String, JsonObject> byTitle(PortalClient client, String path) {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      List<JsonObject> items = Json.objects(client.get(path + "?size=100&page=" + page).json()
          .getJsonArray("items"));
      all.addAll(items);
      if (items.size() < 100) {
        break;
      }
    }
    return all.stream()
        .collect(Collectors.toMap(o -> o.getString("title"), Function.identity(), (a, b) -> a));
  }

  private static List<Path> itemFolders(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.exists(p.resolve("item.json"))).sorted().toList();
    }
  }

  private static JsonObject read(Path json) throws IOException {
    try (var r = jakarta.json.Json.createReader(new StringReader(
        Files.readString(json, StandardCharsets.UTF_8)))) {
      return r.readObject();
    }
  }
}
