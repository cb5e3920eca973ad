package dk.videnportalen.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The signed-in pages in headless Chromium against the shared portal: sign-in, the password a
 * newcomer must choose, packages with files uploaded through the page, stories from draft to
 * published, role changes seen in the audit log, and refusals for staff.
 */
@SharedPortal
class EditorPagesIT {

  private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

  @BeforeAll
  static void browserInstalled() {
    EditorBrowser.assumeInstalled();
  }

  @Test
  void signingInGivesTheBrowserANewSessionId(PortalServer portal) {
    String user = EditorAccounts.ready(portal, "STAFF");
    try (EditorBrowser b = EditorBrowser.open(portal.baseUri())) {
      b.go("/log-ind");
      org.openqa.selenium.Cookie before = b.driver().manage().getCookieNamed("VPSESSION");
      assertTrue(before != null, "the sign-in page has a session (its form needs one)");
      b.signIn(user, EditorAccounts.PASSWORD);
      org.openqa.selenium.Cookie after = b.driver().manage().getCookieNamed("VPSESSION");
      assertTrue(after != null && !after.getValue().equals(before.getValue()),
          "a session id known before sign-in must not carry the signed-in session");
      assertTrue(after.isHttpOnly(), "the session cookie is HttpOnly");
    }
  }

  @Test
  void aWrongPasswordIsRefusedInDanishWithoutSayingWhichPart(PortalServer portal) {
    String user = EditorAccounts.ready(portal, "STAFF");
    try (EditorBrowser b = EditorBrowser.open(portal.baseUri())) {
      b.go("/log-ind");
      b.screenshot("log-ind");
      b.signIn(user, "ikke-den-rigtige-kode");
      assertEquals("/log-ind", b.path());
      assertTrue(b.text().contains("Brugernavn eller adgangskode er forkert"), b.text());
      b.screenshot("log-ind-fejl");
    }
  }

  @Test
  void aNewcomerMustChooseAPasswordThenReachesTheAccountPage(PortalServer portal) {
    String[] invited = EditorAccounts.invite(portal, "STAFF");
    try (EditorBrowser b = EditorBrowser.open(portal.baseUri())) {
      b.go("/konto");
      assertEquals("/log-ind", b.path(), "anonymous visitors are sent to sign in");
      b.type("f:username", invited[0]);
      b.type("f:password", invited[1]);
      b.click("f:submit");
      b.waitFor(() -> b.path().equals("/konto/adgangskode"), "the password page");
      b.screenshot("konto-adgangskode");
      b.go("/konto");
      assertEquals("/konto/adgangskode", b.path(), "nothing else until the password is changed");
      b.type("f:current", invited[1]);
      b.type("f:next-password", EditorAccounts.PASSWORD);
      b.type("f:repeat", EditorAccounts.PASSWORD);
      b.click("f:save");
      b.waitFor(() -> b.path().equals("/konto"), "the account page");
      assertTrue(b.text().contains("Din adgangskode er skiftet"), b.text());
      assertTrue(b.text().contains(invited[0]));
      b.screenshot("konto");
    }
    assertEquals(200, portal.client().withBasicAuth(invited[0], EditorAccounts.PASSWORD)
        .get("/api/me").status());
  }

  @Test
  void staffAreRefusedTheEditorAndAdminPages(PortalServer portal) {
    String user = EditorAccounts.ready(portal, "STAFF");
    try (EditorBrowser b = EditorBrowser.open(portal.baseUri())) {
      b.signIn(user, EditorAccounts.PASSWORD);
      for (String page : new String[] {"/redaktion", "/redaktion/pakke", "/admin",
          "/admin/soegeindeks", "/admin/logbog"}) {
        b.go(page);
        assertTrue(b.text().contains("Ingen adgang"), page + ": " + b.text());
        assertFalse(b.source().contains("Exception") || b.source().contains("at dk.videnportalen"),
            page + " shows no stack trace");
      }
      b.screenshot("ingen-adgang");
    }
  }

  @Test
  void anEditorCreatesAPackageWithTwoFilesAndSearchFindsIt(PortalServer portal,
      PortalClient anonymous) throws IOException {
    String editor = EditorAccounts.ready(portal, "EDITOR");
    String word = "pakkeord" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    Path dir = Files.createTempDirectory("editor-upload-");
    Path first = Files.writeString(dir.resolve("dagsorden.txt"),
        "Dagsorden for læringsdagen om " + word + " og feedback i teamet.");
    Path second = Files.writeString(dir.resolve("noter.txt"),
        "Noter fra workshoppen: refleksion, progression og " + word + ".");
    try (EditorBrowser b = EditorBrowser.open(portal.baseUri())) {
      b.signIn(editor, EditorAccounts.PASSWORD);
      b.go("/redaktion/pakke");
      b.type("f:title", "Læringspakke om " + word);
      b.type("f:summary", "Materialer til en workshop om " + word + ".");
      b.driver().findElement(By.cssSelector("#f\\:files input[type=file]"))
          .sendKeys(first + "\n" + second);
      b.waitFor(() -> b.driver().findElements(By.cssSelector(".ed-held-name")).size() == 2,
          "both files to be uploaded and held");
      assertTrue(b.find(By.id("f:held")).getText().contains("dagsorden.txt"));
      assertTrue(b.find(By.id("f:held")).getText().contains("noter.txt"));
      b.screenshot("redaktion-pakke-upload");
      b.click("f:save");
      long id = idFrom(b);
      assertEquals(1, b.text().split("Læringspakken er oprettet", -1).length - 1,
          "the confirmation is said once: " + b.text());
      String files = b.find(By.id("versions:existing")).getText();
      assertTrue(files.contains("TXT") && files.contains(" B")
          && files.contains("Teksten er læst og kan søges"),
          "the files' type and text in words, not codes: " + files);
      assertFalse(files.contains("text/plain"), files);
      b.screenshot("redaktion-pakke");
      JsonObject pkg = anonymous.get("/api/packages/" + id).json();
      assertEquals(2, pkg.getJsonArray("files").size(), pkg.toString());
      b.waitFor(() -> anonymous.get("/api/search?q=" + word).text().contains("\"id\":" + id),
          "the package to be found by search");
      b.go("/redaktion");
      assertTrue(b.text().contains("Læringspakke om " + word));
      b.screenshot("redaktion");
    }
  }

  @Test
  void aStoryIsADraftUntilAnEditorPublishesIt(PortalServer portal, PortalClient anonymous) {
    String editor = EditorAccounts.ready(portal, "EDITOR");
    String title = "Fortælling om legegrupper " + UUID.randomUUID().toString().substring(0, 6);
    try (EditorBrowser b = EditorBrowser.open(portal.baseUri())) {
      b.signIn(editor, EditorAccounts.PASSWORD);
      b.go("/redaktion/fortaelling");
      b.type("f:title", title);
      b.type("f:unit", "Engdalskolen");
      b.type("f:date", "2025-03-01");
      b.type("f:challenge", "Frikvartererne var præget af konflikter mellem årgangene.");
      b.type("f:action", "Vi lavede faste legegrupper på tværs med en voksen som igangsætter.");
      b.type("f:outcome", "Færre konflikter og flere børn der deltager i fælles lege.");
      b.click("f:save");
      long id = idFrom(b);
      assertEquals("Kladde", b.find(By.id("story-state")).getText());
      assertEquals(404, anonymous.get("/api/stories/" + id).status(), "a draft is not public");
      b.screenshot("redaktion-fortaelling");

      b.click("f:publish");
      b.waitFor(() -> b.text().contains("Fortællingen er publiceret"), "publishing");
      assertEquals("Publiceret", b.find(By.id("story-state")).getText());
      Reply published = anonymous.get("/api/stories/" + id);
      assertEquals(200, published.status());
      assertEquals(title, published.json().getString("title"));
    }
  }

  @Test
  void aRefusedSaveTakesTheEditorToTheFirstFieldToFix(PortalServer portal) {
    String editor = EditorAccounts.ready(portal, "EDITOR");
    try (EditorBrowser b = EditorBrowser.open(portal.baseUri())) {
      b.signIn(editor, EditorAccounts.PASSWORD);
      b.go("/redaktion/fortaelling");
      b.type("f:title", "Kun en titel");
      b.click("f:save");
      b.waitFor(() -> b.text().contains("Beskriv udfordringen"), "the refusal");
      WebElement focused = b.driver().switchTo().activeElement();
      assertEquals("f:challenge", focused.getAttribute("id"), "the first field to fix has focus");
      assertEquals("true", focused.getAttribute("aria-invalid"));
      assertTrue(focused.getAttribute("aria-describedby").contains("f:challenge-msg"),
          "the field is tied to its message: " + focused.getAttribute("aria-describedby"));
      assertEquals(null, b.find(By.id("f:title")).getAttribute("aria-invalid"),
          "an accepted field is not marked");
    }
  }

  @Test
  void anAdministratorChangesARoleAndTheAuditLogShowsIt(PortalServer portal) {
    String user = EditorAccounts.ready(portal, "STAFF");
    try (EditorBrowser b = EditorBrowser.open(portal.baseUri())) {
      b.signIn("admin", PortalServer.ADMIN_PASSWORD);
      b.go("/admin");
      b.find(By.cssSelector("button[aria-label='Roller og enhed: " + user + "']")).click();
      b.find(By.cssSelector("input[name='list:selectedRoles'][value='EDITOR']")).click();
      b.click("list:saveRoles");
      b.waitFor(() -> b.text().contains("Rollerne for " + user + " er gemt"), "the roles to be saved");
      b.screenshot("admin");
      JsonObject changed = portal.admin().get("/api/accounts").jsonArray().stream()
          .map(JsonValue::asJsonObject)
          .filter(a -> a.getString("username").equals(user))
          .findFirst().orElseThrow();
      assertTrue(changed.getJsonArray("roles").getValuesAs(JsonString.class).stream()
          .anyMatch(r -> r.getString().equals("EDITOR")), changed.toString());

      b.go("/admin/logbog");
      WebElement roles = b.find(By.cssSelector("#f\\:action option[value='ACCOUNT_ROLES_CHANGED']"));
      assertEquals("Roller ændret", roles.getText(), "the filter lists actions in words");
      roles.click();
      b.click("f:search");
      // Until the filtered table replaces the whole log, the user's invitation is listed too.
      String entries = b.waitFor(() -> {
        String shown = b.find(By.id("f:entries")).getText();
        return shown.contains(user) && !shown.contains("Bruger inviteret") ? shown : null;
      }, "the audit entry");
      assertTrue(entries.contains("Roller ændret") && entries.contains("Bruger "),
          "the action and the item in words: " + entries);
      assertFalse(entries.contains("ACCOUNT_ROLES_CHANGED"), entries);
      b.screenshot("admin-logbog");
    }
  }

  @Test
  void anAdministratorRebuildsTheSearchIndexAndSeesItsProgressToTheEnd(PortalServer portal) {
    try (EditorBrowser b = EditorBrowser.open(portal.baseUri())) {
      b.signIn("admin", PortalServer.ADMIN_PASSWORD);
      b.go("/admin/soegeindeks");
      String documents = b.find(By.id("documents")).getText();
      assertTrue(documents.matches("[1-9][0-9.]*"), "documents in the index: " + documents);

      b.click("f:rebuild");
      b.waitFor(() -> b.text().contains("Genopbygningen er startet")
          || b.text().contains("En genopbygning er allerede i gang"), "the rebuild to start");
      // The page polls while the rebuild runs and stops when it finds it done.
      b.waitFor(() -> b.text().contains("Seneste genopbygning")
          && b.find(By.id("state-value")).getText().equals("Klar"), "the rebuild to finish");
      String progress = b.find(By.id("progress-text")).getText();
      Matcher counts = Pattern.compile("([0-9.]+) af ([0-9.]+) elementer").matcher(progress);
      assertTrue(counts.matches() && counts.group(1).equals(counts.group(2)), progress);
      assertFalse(b.text().contains("mislykkedes"), b.text());
      b.screenshot("admin-soegeindeks");

      JsonObject started = portal.admin()
          .get("/api/admin/audit?size=1&action=INDEX_REBUILD_STARTED").jsonArray()
          .getJsonObject(0);
      assertEquals("admin", started.getString("actor"), started::toString);
    }
  }

  @Test
  void everyEditorAndAdminPageRendersForAnAdministrator(PortalServer portal) {
    String[][] pages = {
        {"/redaktion/temaer", "redaktion-temaer", "Temaer"},
        {"/redaktion/synonymer", "redaktion-synonymer", "Synonymregler"},
        {"/redaktion/soegestatistik", "redaktion-soegestatistik", "Hyppigste søgninger"},
        {"/redaktion/import", "redaktion-import", "Import"},
        {"/admin", "admin-brugere", "Invitér en bruger"},
        {"/admin/soegeindeks", "admin-soegeindeks-alle", "Genopbyg søgeindekset"},
        {"/admin/logbog", "admin-logbog-alle", "Logbog"}};
    try (EditorBrowser b = EditorBrowser.open(portal.baseUri())) {
      b.signIn("admin", PortalServer.ADMIN_PASSWORD);
      for (String[] page : pages) {
        b.go(page[0]);
        assertEquals(page[0], b.path());
        assertTrue(b.text().contains(page[2]), page[0] + ": " + b.text());
        assertFalse(b.text().contains("Noget gik galt"), page[0] + ": " + b.text());
        b.screenshot(page[1]);
      }
    }
  }

  @Test
  void theHeaderOffersEachPersonTheSectionsTheirRolesOpen(PortalServer portal) {
    assertEquals(List.of("Min konto", "Log ud"),
        headerLinks(portal, EditorAccounts.ready(portal, "STAFF"), EditorAccounts.PASSWORD, "/"));
    assertEquals(List.of("Redaktion", "Min konto", "Log ud"),
        headerLinks(portal, EditorAccounts.ready(portal, "EDITOR"), EditorAccounts.PASSWORD,
            "/temaer"));
    assertEquals(List.of("Redaktion", "Administration", "Min konto", "Log ud"),
        headerLinks(portal, "admin", PortalServer.ADMIN_PASSWORD, "/soeg?q=tryghed"));
  }

  /** The signed-in links of a public page's header, as a person sees them after signing in. */
  private static List<String> headerLinks(PortalServer portal, String user, String password,
      String page) {
    try (EditorBrowser b = EditorBrowser.open(portal.baseUri())) {
      b.signIn(user, password);
      b.go(page);
      return b.driver().findElements(By.cssSelector(".site-header .user-links a:not(.lang-switch)"))
          .stream().map(a -> a.getText().strip()).toList();
    }
  }

  @Test
  void editingAPackageIsNotMarkedAsTheNewPackagePage(PortalServer portal) {
    try (EditorBrowser b = EditorBrowser.open(portal.baseUri())) {
      b.signIn("admin", PortalServer.ADMIN_PASSWORD);
      b.go("/redaktion/pakke");
      assertEquals("page", currentOf(b, "/redaktion/pakke"), "the new-package page is current");
      long id = portal.client().withBasicAuth("admin", PortalServer.ADMIN_PASSWORD)
          .get("/api/packages?size=1").json().getJsonArray("items")
          .getJsonObject(0).getJsonNumber("id").longValue();
      b.go("/redaktion/pakke?id=" + id);
      assertEquals("false", currentOf(b, "/redaktion/pakke"),
          "editing a package is not the page for a new one");
    }
  }

  private static String currentOf(EditorBrowser b, String href) {
    return b.driver().findElement(By.cssSelector(".ed-nav a[href$='" + href + "']"))
        .getAttribute("aria-current");
  }

  static long idFrom(EditorBrowser b) {
    String url = b.waitFor(() -> ID.matcher(b.url()).find() ? b.url() : null,
        "the saved item's address");
    Matcher m = ID.matcher(url);
    assertTrue(m.find());
    return Long.parseLong(m.group(1));
  }
}
