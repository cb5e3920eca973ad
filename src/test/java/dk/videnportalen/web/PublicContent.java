package dk.videnportalen.web;

import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Multipart;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.Words;
import java.nio.charset.StandardCharsets;

/**
 * A theme with one package (one text file) and one published story, all uniquely named, made
 * through the REST API as an editor's script would: the data the public-page tests look at.
 */
record PublicContent(String word, String themeSlug, String themeName, long packageId,
    String packageTitle, long fileId, byte[] fileBytes, long storyId, String storyTitle) {

  static PublicContent create(PortalClient admin) {
    String tag = Words.letters(6);
    String word = "skovtrold" + tag;
    String slug = "test-tema-" + tag;
    String themeName = "Udeskole og natur " + tag;
    Reply theme = admin.put("/api/themes/" + slug, "application/json",
        ("{\"name\":" + Json.quote(themeName) + ",\"description\":"
            + Json.quote("Læring i skoven og på legepladsen, hele året.") + "}")
            .getBytes(StandardCharsets.UTF_8));
    expect(theme, 200);

    String packageTitle = "Skovens matematik " + word;
    byte[] file = ("Årsplan for udeskole\n\nEleverne måler træer og tæller kogler. Ordet " + word
        + " bruges om den faste tur hver tirsdag.\n").getBytes(StandardCharsets.UTF_8);
    Reply pkg = admin.postMultipart("/api/packages", new Multipart()
        .json("metadata", "{\"title\":" + Json.quote(packageTitle) + ",\"summary\":"
            + Json.quote("Et forløb om tal og mål i naturen for indskolingen.")
            + ",\"themes\":[" + Json.quote(slug) + "],\"audience\":\"skole\",\"unit\":\"Egeskolen\"}")
        .file("file", "aarsplan-udeskole.txt", "text/plain", file));
    expect(pkg, 201);
    long packageId = pkg.json().getJsonNumber("id").longValue();
    long fileId = pkg.json().getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();

    String storyTitle = "Tirsdagsturen i skoven " + tag;
    Reply story = admin.postMultipart("/api/stories", new Multipart()
        .json("metadata", "{\"title\":" + Json.quote(storyTitle)
            + ",\"challenge\":" + Json.quote("Børnene var urolige i klasselokalet efter frikvarteret.")
            + ",\"action\":" + Json.quote("Teamet flyttede matematiktimen ud i skoven hver tirsdag.")
            + ",\"outcome\":" + Json.quote("Flere børn deltog aktivt, og lærerne delte iagttagelser.")
            + ",\"themes\":[" + Json.quote(slug) + "],\"unit\":\"Egeskolen\",\"unitKind\":\"SCHOOL\""
            + ",\"area\":\"Nord\",\"date\":\"2026-05-12\"}"));
    expect(story, 201);
    long storyId = story.json().getJsonNumber("id").longValue();
    expect(admin.post("/api/stories/" + storyId + "/publish", "application/json", new byte[0]), 200);

    awaitFound(admin, word);
    return new PublicContent(word, slug, themeName, packageId, packageTitle, fileId, file, storyId,
        storyTitle);
  }

  /**
   * Waits until search finds the package by its word: up to 90 s, because on a fresh shared
   * portal the starting content in content/ is still being extracted and indexed.
   */
  static void awaitFound(PortalClient client, String word) {
    long deadline = System.currentTimeMillis() + 90_000;
    while (System.currentTimeMillis() < deadline) {
      if (client.get("/api/search?q=" + word).json().getJsonNumber("total").longValue() > 0) {
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("search never found " + word);
  }

  private static void expect(Reply reply, int status) {
    if (reply.status() != status) {
      throw new AssertionError("expected " + status + ", got " + reply);
    }
  }
}
