package dk.videnportalen.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Script payloads typed into the editor pages' text fields never run: not on the editor pages
 * that show them back, nor on the public page or API answer of the item. Checked in Chromium by
 * whether the payloads managed to set {@code window.__xss}.
 */
@SharedPortal
class EditorXssIT {

  static final String SCRIPT = "<script>window.__xss=1</script>";
  static final String IMAGE = "<img src=x onerror=\"window.__xss=1\">";

  @BeforeAll
  static void browserInstalled() {
    EditorBrowser.assumeInstalled();
  }

  @Test
  void scriptPayloadsInPackagesAndStoriesNeverRun(PortalServer portal) throws IOException {
    String editor = EditorAccounts.ready(portal, "EDITOR");
    // File names with markup are refused by PrimeFaces' upload itself ("Invalid Linux filename").
    Path file = Files.writeString(Files.createTempDirectory("editor-xss-").resolve("bilag.txt"),
        "Indhold til en pakke med fjendtlige felter.");
    try (EditorBrowser b = EditorBrowser.open(portal.baseUri())) {
      b.signIn(editor, EditorAccounts.PASSWORD);

      b.go("/redaktion/pakke");
      b.type("f:title", "Pakke " + SCRIPT + " " + IMAGE);
      b.type("f:summary", IMAGE + " resumé " + SCRIPT);
      b.type("f:unit", SCRIPT);
      b.driver().findElement(By.cssSelector("#f\\:files input[type=file]")).sendKeys(file.toString());
      b.waitFor(() -> b.driver().findElements(By.cssSelector(".ed-held-name")).size() == 1,
          "the file to be uploaded");
      assertNoScriptRan(b, "package form with a held file");
      b.click("f:save");
      long packageId = EditorPagesIT.idFrom(b);
      assertNoScriptRan(b, "package editor");

      b.go("/redaktion/fortaelling");
      b.type("f:title", "Fortælling " + SCRIPT);
      b.type("f:unit", IMAGE);
      b.type("f:area", SCRIPT);
      b.type("f:challenge", SCRIPT + " udfordring");
      b.type("f:action", IMAGE + " indsats");
      b.type("f:outcome", "udbytte " + SCRIPT + IMAGE);
      b.click("f:save");
      long storyId = EditorPagesIT.idFrom(b);
      assertNoScriptRan(b, "story editor");
      b.click("f:publish");
      b.waitFor(() -> b.text().contains("publiceret"), "publishing");
      assertNoScriptRan(b, "published story editor");

      for (String page : new String[] {"/redaktion", "/redaktion/pakke?id=" + packageId,
          "/redaktion/fortaelling?id=" + storyId, "/pakker/" + packageId,
          "/fortaellinger/" + storyId, "/api/packages/" + packageId, "/api/stories/" + storyId,
          "/admin/logbog"}) {
        b.go(page);
        assertNoScriptRan(b, page);
      }
      b.go("/konto");
      b.click("signout:signOut");
      b.waitFor(() -> b.path().equals("/"), "signing out");
      b.signIn("admin", PortalServer.ADMIN_PASSWORD);
      b.go("/admin/logbog");
      assertNoScriptRan(b, "audit log");
    }
  }

  private static void assertNoScriptRan(EditorBrowser b, String where) {
    assertEquals("undefined", b.script("return typeof window.__xss"), where);
  }
}
