package dk.videnportalen.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Multipart;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import dk.videnportalen.testing.TestSettings;
import dk.videnportalen.testing.Uploads;
import jakarta.json.JsonObject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Uploading packages and stories through the REST API, and reading them back. */
@SharedPortal
class IngestApiIT {

  private static final Path DECK = TestSettings.projectDir()
      .resolve("content/pakker/psykologisk-tryghed-paa-moeder/praesentation.pptx");
  private static final Path HANDOUT = TestSettings.projectDir()
      .resolve("content/pakker/psykologisk-tryghed-paa-moeder/greb-til-moedeledere.pdf");

  @Test
  void anEditorUploadsAPackageWithTwoFilesAndGetsItBackWithExtractedText(PortalServer portal)
      throws Exception {
    String title = Uploads.uniqueTitle("Møder med plads til alle");
    Reply created = Uploads.createPackage(portal.admin(),
        "{\"title\":" + Json.quote(title) + ",\"summary\":\"Greb til mødeledere\","
            + "\"themes\":[\"psykologisk-tryghed\"],\"audience\":\"ledere\"}",
        DECK, HANDOUT);

    assertEquals(201, created.status(), created::toString);
    JsonObject pkg = created.json();
    assertTrue(created.header("Location").endsWith("/api/packages/" + pkg.getJsonNumber("id")));
    assertEquals(title, pkg.getString("title"));
    assertEquals("ledere", pkg.getString("audience"));
    List<JsonObject> files = Json.objects(pkg.getJsonArray("files"));
    assertEquals(2, files.size());
    JsonObject deck = files.get(0);
    assertEquals("praesentation.pptx", deck.getString("name"));
    assertEquals("application/vnd.openxmlformats-officedocument.presentationml.presentation",
        deck.getString("mediaType"));
    assertEquals("ok", deck.getString("status"));
    assertTrue(deck.getInt("chars") > 200, deck::toString);
    assertEquals(Files.size(DECK), deck.getJsonNumber("size").longValue());
    assertEquals("application/pdf", files.get(1).getString("mediaType"));
    assertEquals("ok", files.get(1).getString("status"));

    Reply again = portal.client().get("/api/packages/" + pkg.getJsonNumber("id"));
    assertEquals(200, again.status());
    assertEquals(title, again.json().getString("title"));

    Reply download = portal.client().get("/api/files/" + files.get(1).getJsonNumber("id"));
    assertEquals(200, download.status());
    assertArrayEquals(Files.readAllBytes(HANDOUT), download.body());
    assertEquals("application/pdf", download.header("Content-Type"));
    assertTrue(download.header("Content-Disposition").startsWith("attachment;"));
    assertEquals("nosniff", download.header("X-Content-Type-Options"));
  }

  @Test
  void writesNeedASignedInEditor(PortalServer portal) {
    Multipart body = new Multipart().json("metadata", "{\"title\":\"x\"}")
        .file("file", "a.txt", "text/plain", "tekst".getBytes(StandardCharsets.UTF_8));
    Reply anonymous = portal.client().postMultipart("/api/packages", body);
    assertEquals(401, anonymous.status(), anonymous::toString);
    assertNotNull(anonymous.header("WWW-Authenticate"));

    Reply wrongPassword = portal.client().withBasicAuth("admin", "forkert")
        .postMultipart("/api/packages", body);
    assertEquals(401, wrongPassword.status());
  }

  @Test
  void badMetadataIsRefusedWithAClearErrorAndNothingIsCreated(PortalServer portal) {
    PortalClient editor = portal.admin();
    long before = editor.get("/api/packages?size=1").json().getJsonNumber("total").longValue();
    byte[] txt = "Lidt tekst om læring".getBytes(StandardCharsets.UTF_8);

    Reply noTitle = editor.postMultipart("/api/packages", new Multipart()
        .json("metadata", "{\"summary\":\"uden titel\"}").file("file", "a.txt", "text/plain", txt));
    assertEquals(422, noTitle.status(), noTitle::toString);
    assertTrue(noTitle.json().getJsonArray("details").toString().contains("Titel"));

    Reply unknownTheme = editor.postMultipart("/api/packages", new Multipart()
        .json("metadata", "{\"title\":\"t\",\"themes\":[\"findes-ikke\"]}")
        .file("file", "a.txt", "text/plain", txt));
    assertEquals(422, unknownTheme.status(), unknownTheme::toString);
    assertTrue(unknownTheme.text().contains("findes-ikke"));

    Reply badAudience = editor.postMultipart("/api/packages", new Multipart()
        .json("metadata", "{\"title\":\"t\",\"audience\":\"rumvæsner\"}")
        .file("file", "a.txt", "text/plain", txt));
    assertEquals(422, badAudience.status());

    Reply brokenJson = editor.postMultipart("/api/packages", new Multipart()
        .json("metadata", "{\"title\": ").file("file", "a.txt", "text/plain", txt));
    assertEquals(400, brokenJson.status(), brokenJson::toString);

    Reply noFile = editor.postMultipart("/api/packages", new Multipart()
        .json("metadata", "{\"title\":\"t\"}"));
    assertEquals(400, noFile.status());

    Reply notMultipart = editor.postJson("/api/packages", "{\"title\":\"t\"}");
    assertEquals(415, notMultipart.status(), notMultipart::toString);

    long after = editor.get("/api/packages?size=1").json().getJsonNumber("total").longValue();
    assertEquals(before, after, "no package was created by a refused request");
  }

  @Test
  void aFileOverTheLimitGets413(PortalServer portal) {
    byte[] big = new byte[(int) SharedPortal.SHARED_UPLOAD_LIMIT + 1];
    Reply r = portal.admin().postMultipart("/api/packages", new Multipart()
        .json("metadata", "{\"title\":\"For stor\"}")
        .file("file", "stor.bin", "application/octet-stream", big));
    assertEquals(413, r.status(), r::toString);
    assertTrue(r.json().getString("message").contains("stor.bin"));
  }

  @Test
  void aNewVersionOfAFileKeepsTheOldOne(PortalServer portal) {
    PortalClient editor = portal.admin();
    byte[] v1 = "Første udgave af årsplanen".getBytes(StandardCharsets.UTF_8);
    byte[] v2 = "Anden udgave af årsplanen, nu med øvebaner".getBytes(StandardCharsets.UTF_8);
    JsonObject pkg = Uploads.createPackage(editor, Uploads.uniqueTitle("Årsplan"), "årsplan.txt", v1);
    long packageId = pkg.getJsonNumber("id").longValue();
    long fileId = pkg.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();

    Reply updated = editor.postMultipart("/api/packages/" + packageId + "/files", new Multipart()
        .json("metadata", "{\"replaces\":" + fileId + "}")
        .file("file", "årsplan.txt", "text/plain", v2));
    assertEquals(200, updated.status(), updated::toString);
    JsonObject file = updated.json().getJsonArray("files").getJsonObject(0);
    assertEquals(2, file.getInt("version"));
    assertEquals(2, file.getJsonArray("versions").size());

    assertArrayEquals(v2, editor.get("/api/files/" + fileId).body());
    assertArrayEquals(v1, editor.get("/api/files/" + fileId + "?version=1").body());
    assertEquals(404, editor.get("/api/files/" + fileId + "?version=3").status());
  }

  @Test
  void danishTextSurvivesUtf8Utf16AndWindows1252(PortalServer portal) {
    String text = "Pædagogerne på Søndervang og Åbyhøj arbejder med øvebaner og læringsfællesskaber.";
    for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16,
        Charset.forName("windows-1252"))) {
      JsonObject pkg = Uploads.createPackage(portal.admin(), Uploads.uniqueTitle("Tegnsæt " + cs),
          "tekst-" + cs.name() + ".txt", text.getBytes(cs));
      long fileId = pkg.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
      String extracted = portal.client().get("/api/files/" + fileId + "/text").text();
      assertTrue(extracted.contains("Søndervang og Åbyhøj"), () -> cs + ": " + extracted);
      assertFalse(extracted.contains("\uFFFD"), cs.name());
    }
  }

  @Test
  void storiesStartAsDraftsAndAreVisibleOncePublished(PortalServer portal) {
    PortalClient editor = portal.admin();
    String title = Uploads.uniqueTitle("Fælles morgenmøder");
    Reply created = editor.postMultipart("/api/stories", new Multipart().json("metadata",
        "{\"title\":" + Json.quote(title) + ",\"unit\":\"Vuggestuen Solsikken\","
            + "\"unitKind\":\"DAYCARE\",\"area\":\"Syd\",\"date\":\"2025-03-01\","
            + "\"challenge\":\"Personalet mødtes sjældent på tværs af stuerne.\","
            + "\"action\":\"Vi indførte et kort stående morgenmøde.\","
            + "\"outcome\":\"Flere deler nu iagttagelser om børnene.\","
            + "\"themes\":[\"videndeling\"]}"));
    assertEquals(201, created.status(), created::toString);
    JsonObject story = created.json();
    assertEquals("draft", story.getString("state"));
    String path = "/api/stories/" + story.getJsonNumber("id");

    assertEquals(404, portal.client().get(path).status(), "drafts are not shown to others");
    assertEquals(200, editor.get(path).status());

    assertEquals(200, editor.post(path + "/publish", "application/json", new byte[0]).status());
    Reply published = portal.client().get(path);
    assertEquals(200, published.status());
    assertEquals("published", published.json().getString("state"));
    assertEquals("Vi indførte et kort stående morgenmøde.", published.json().getString("action"));
  }

  @Test
  void readersCanListPackagesByTheme(PortalServer portal) {
    Reply list = portal.client().get("/api/packages?theme=psykologisk-tryghed&size=50");
    assertEquals(200, list.status());
    JsonObject page = list.json();
    assertTrue(page.getJsonNumber("total").longValue() >= 0);
    for (JsonObject p : Json.objects(page.getJsonArray("items"))) {
      assertTrue(p.getJsonArray("themes").toString().contains("psykologisk-tryghed"));
    }
  }
}
