package dk.videnportalen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import dk.videnportalen.testing.Uploads;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public pages over plain HTTP: URLs, 404s, drafts, escaping, language, caching. */
@SharedPortal
class PublicPagesIT {

  private static PublicContent content;

  @BeforeAll
  static void createContent(PortalServer portal) {
    content = PublicContent.create(portal.admin());
  }

  @Test
  void readableUrlsServeThePages(PortalClient client) {
    for (String path : List.of("/", "/temaer", "/temaer/" + content.themeSlug(), "/soeg",
        "/soeg?q=" + content.word(), "/pakker/" + content.packageId(),
        "/fortaellinger/" + content.storyId(), "/tekst/" + content.fileId(), "/faellesskaber",
        "/forloeb", "/tilgaengelighed")) {
      Reply page = client.get(path);
      assertEquals(200, page.status(), () -> path + " → " + page);
      assertTrue(page.text().contains("lang=\"da\""), path);
    }
    assertTrue(client.get("/pakker/" + content.packageId()).text().contains(content.packageTitle()));
    assertEquals(301, client.get("/soeg.xhtml?q=x").status(), "the .xhtml address redirects");
  }

  @Test
  void readingThePublicPagesStartsNoSession(PortalClient client) {
    // Thousands of anonymous readers (and crawlers) must not each leave a session on the server.
    for (String path : List.of("/", "/temaer", "/temaer/" + content.themeSlug(),
        "/soeg?q=" + content.word(), "/pakker/" + content.packageId(),
        "/fortaellinger/" + content.storyId(), "/tekst/" + content.fileId(), "/faellesskaber",
        "/forloeb", "/tilgaengelighed")) {
      Reply page = client.get(path);
      assertEquals(200, page.status(), path);
      assertTrue(page.headers().allValues("Set-Cookie").stream()
          .noneMatch(c -> c.startsWith("VPSESSION=")), () -> path + " set " + page.headers().allValues("Set-Cookie"));
    }
  }

  @Test
  void unknownIdsAndSlugsGetTheNotFoundPage(PortalClient client) {
    for (String path : List.of("/pakker/987654321", "/pakker/abc", "/pakker/-1",
        "/fortaellinger/987654321", "/fortaellinger/x'y", "/temaer/findes-ikke-" + content.word(),
        "/pakker/" + content.storyId())) {
      Reply page = client.get(path);
      assertEquals(404, page.status(), () -> path + " → " + page);
      assertTrue(page.text().contains("Siden findes ikke"), path);
      assertFalse(page.text().contains("Exception"), path);
    }
    // Without an id the address lists them all rather than saying there is nothing.
    for (String path : List.of("/pakker", "/fortaellinger/")) {
      Reply page = client.get(path);
      assertEquals(302, page.status(), () -> path + " → " + page);
      assertTrue(page.header("Location").endsWith(
          path.startsWith("/pakker") ? "/soeg?type=package" : "/soeg?type=story"), page::toString);
    }
  }

  @Test
  void aThemesPackagesShowTheFirstPageOfTheirFile(PortalClient client) {
    String page = client.get("/temaer/" + content.themeSlug()).text();
    int at = page.indexOf(">" + content.packageTitle() + "<");
    assertTrue(at > 0, page);
    String item = page.substring(page.lastIndexOf("<li", at), page.indexOf("</li>", at));
    assertTrue(item.contains("src=\"/api/files/" + content.fileId() + "/preview\""), item);
  }

  @Test
  void aFilesTextCanBeReadOnItsOwnPageLinkedFromThePackage(PortalClient client) {
    String text = "/tekst/" + content.fileId();
    assertTrue(client.get("/pakker/" + content.packageId()).text()
        .contains("href=\"" + text + "\""), "the package's 'Vis teksten' leads to the page");
    Reply page = client.get(text);
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.text().contains("Eleverne måler træer og tæller kogler"), page::toString);
    assertTrue(page.text().contains("href=\"/pakker/" + content.packageId() + "\""),
        "the breadcrumb leads back to the package");
    String fromHit = client.get("/pakker/" + content.packageId() + "?fil=" + content.fileId()
        + "&side=1").text();
    assertTrue(fromHit.contains("href=\"" + text + "?side=1#side-1\""),
        "a search hit's page is one link away: " + fromHit);
    assertTrue(client.get(text + "?side=1").text().contains("Din søgning fandt teksten her"));
    for (String missing : List.of("/tekst/987654321", "/tekst/abc", "/tekst")) {
      assertEquals(404, client.get(missing).status(), missing);
    }
  }

  @Test
  void theSearchedWordsTravelToTheFilesTextAndAreMarkedThere(PortalClient client) {
    String word = content.word();
    String results = client.get("/soeg?q=" + word).text();
    // A text file has no pages, so the hit's link names the file and the words.
    assertTrue(results.contains("?fil=" + content.fileId() + "&amp;q=" + word),
        "the hit's link carries the words: " + results);
    String fromHit = client.get("/pakker/" + content.packageId() + "?fil=" + content.fileId()
        + "&side=1&q=" + word).text();
    String readLink = "/tekst/" + content.fileId() + "?side=1&amp;q=" + word + "#side-1";
    assertTrue(fromHit.contains("href=\"" + readLink + "\""), fromHit);
    String text = client.get("/tekst/" + content.fileId() + "?side=1&q=" + word).text();
    assertTrue(text.contains("<mark>" + word + "</mark>"), text);
    assertFalse(client.get("/tekst/" + content.fileId()).text().contains("<mark>"),
        "nothing is marked without a search");
  }

  @Test
  void aDraftStorysFileTextIsNotFoundForThePublic(PortalServer portal) {
    Reply draft = portal.admin().postMultipart("/api/stories", new PortalClient.Multipart()
        .json("metadata", "{\"title\":\"Kladde med fil " + content.word() + "\","
            + "\"challenge\":\"a\",\"action\":\"b\",\"outcome\":\"c\"}")
        .file("file", "noter.txt", "text/plain",
            "Noter fra kladden.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(201, draft.status(), draft::toString);
    long fileId = draft.json().getJsonArray("files").getJsonObject(0).getJsonNumber("id")
        .longValue();
    assertEquals(404, portal.client().get("/tekst/" + fileId).status());
    Reply asEditor = portal.admin().get("/tekst/" + fileId);
    assertEquals(200, asEditor.status());
    assertTrue(asEditor.text().contains("Noter fra kladden."), asEditor::toString);
    String story = portal.admin().get("/fortaellinger/" + draft.json().getJsonNumber("id"))
        .text();
    assertTrue(story.contains("href=\"/tekst/" + fileId + "\""), "the story links its text");
  }

  @Test
  void aFileWhoseTextCouldNotBeReadSaysSoAndOffersNoText(PortalServer portal) {
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    JsonObject pkg = Uploads.createPackage(portal.admin(), Uploads.uniqueTitle("Ulæselig"),
        "tilfaeldig.docx", noise);
    JsonObject file = pkg.getJsonArray("files").getJsonObject(0);
    assertEquals("unsupported", file.getString("status"), file::toString);

    String page = portal.client().get("/pakker/" + pkg.getJsonNumber("id")).text();
    assertTrue(page.contains("Filtypen kendes ikke, så dens tekst kan ikke søges"), page);
    assertTrue(page.contains("Ukendt filtype"), "not the media type's 'OCTET-STREAM'");
    assertFalse(page.contains("OCTET-STREAM"), page);
    assertFalse(page.contains("/api/files/" + file.getJsonNumber("id") + "/text"),
        "no link to the few stray characters read from random bytes");
  }

  @Test
  void aDraftStoryIsNotFoundForThePublicButVisibleToEditors(PortalServer portal) {
    Reply draft = portal.admin().postMultipart("/api/stories", new PortalClient.Multipart()
        .json("metadata", "{\"title\":\"Kladde " + content.word() + "\",\"challenge\":\"a\","
            + "\"action\":\"b\",\"outcome\":\"c\"}"));
    assertEquals(201, draft.status(), draft::toString);
    String path = "/fortaellinger/" + draft.json().getJsonNumber("id").longValue();
    assertEquals(404, portal.client().get(path).status());
    Reply asEditor = portal.admin().get(path);
    assertEquals(200, asEditor.status());
    assertTrue(asEditor.text().contains("Kladde"));
  }

  @Test
  void searchPageEscapesTheQueryAndKeepsItInTheUrl(PortalClient client) {
    Reply page = client.get("/soeg?q=" + PortalClient.query("<script>alert(1)</script> " + content.word()));
    assertEquals(200, page.status());
    assertFalse(page.text().contains("<script>alert(1)"), "the query is escaped");
    assertTrue(page.text().contains("<mark>"), "the snippet's highlight is rendered as HTML");

    Reply filtered = client.get("/soeg?q=" + content.word() + "&type=story");
    assertTrue(filtered.text().contains("Vi fandt ikke noget"), "helpful empty state");
    Reply drill = client.get("/soeg?q=" + content.word() + "&type=package&audience=skole");
    assertTrue(drill.text().contains(content.packageTitle()));
  }

  @Test
  void theLanguageSwitchRemembersEnglishAndOnlyReturnsToLocalPages(PortalClient client) {
    Reply toEnglish = client.get("/sprog?l=en&next=" + PortalClient.query("/temaer?x=1"));
    assertEquals(302, toEnglish.status());
    assertTrue(toEnglish.header("Location").endsWith("/temaer?x=1"), toEnglish.header("Location"));
    assertTrue(toEnglish.header("Set-Cookie").startsWith("vp-sprog=en"), toEnglish.header("Set-Cookie"));
    Reply english = client.get("/temaer", Map.of("Cookie", "vp-sprog=en"));
    assertTrue(english.text().contains("lang=\"en\"") && english.text().contains(">Themes<"));

    Reply elsewhere = client.get("/sprog?l=da&next=" + PortalClient.query("//evil.example/"));
    assertTrue(elsewhere.header("Location").matches("(https?://[^/]+)?/"), elsewhere.header("Location"));
  }

  @Test
  void readOnlyPagesLoadOnlyThePortalsStylesheetAndFormsKeepPrimeFacesTheme(
      PortalClient client) {
    for (String path : List.of("/", "/temaer", "/soeg?q=" + content.word(),
        "/pakker/" + content.packageId(), "/fortaellinger/" + content.storyId())) {
      String html = client.get(path).text();
      assertTrue(html.contains("portal.css"), path);
      assertFalse(html.contains("theme.css") || html.contains("primeicons"),
          () -> path + " loads PrimeFaces' theme or icons it does not use");
    }
    String signIn = client.get("/log-ind").text();
    assertTrue(signIn.contains("theme.css") && signIn.contains("primeicons.css"),
        "the sign-in form uses PrimeFaces components and keeps their theme and icons");
  }

  @Test
  void pagesRunUnderPrimeFacesCspAndStaticFilesAreVersioned(PortalClient client) {
    Reply home = client.get("/");
    assertTrue(home.header("Content-Security-Policy") != null);
    assertTrue(home.headers().allValues("Content-Security-Policy").stream()
        .anyMatch(v -> v.contains("script-src") && v.contains("nonce-")), "PrimeFaces CSP is on");
    String css = home.text().replaceAll("(?s).*href=\"([^\"]*portal\\.css[^\"]*)\".*", "$1")
        .replace("&amp;", "&");
    assertTrue(css.contains("v="), css);
    Reply stylesheet = client.get(css);
    assertEquals(200, stylesheet.status());
    assertTrue(stylesheet.header("Cache-Control").contains("max-age=31536000"), stylesheet.header("Cache-Control"));
  }
}
