package dk.videnportalen.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator starts a bulk import from the import page: a ZIP chosen in the browser is
 * imported in the background, its progress and per-file report show on the page, and its files
 * become findable; a folder outside the server's import folder is refused with a message.
 */
@SharedPortal
class ImportPageIT {

  @Test
  void aZipChosenOnThePageIsImportedAndReported(PortalServer portal) throws IOException {
    String word = "importord" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    Path zip = Files.createTempDirectory("import-page-").resolve("workshop-" + word + ".zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      for (String name : new String[] {"oevebane.txt", "refleksion.txt"}) {
        z.putNextEntry(new ZipEntry("materialer/" + name));
        z.write(("Øvebane og " + word + " fra workshoppen i naturfællesskabet, " + name)
            .getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    try (EditorBrowser b = EditorBrowser.open(portal.baseUri())) {
      b.signIn("admin", PortalServer.ADMIN_PASSWORD);
      b.go("/redaktion/import");
      b.driver().findElement(By.cssSelector("#f\\:zip input[type=file]")).sendKeys(zip.toString());
      b.waitFor(() -> b.text().contains("er startet"), "the import to start");
      b.waitFor(() -> {
        b.click("f:refresh");
        return b.find(By.id("f:jobs")).getText().contains(zip.getFileName().toString())
            && b.find(By.id("f:report")).getText().contains("refleksion.txt");
      }, "the job and its report on the page");
      b.waitFor(() -> {
        b.click("f:refresh");
        return b.find(By.id("f:report")).getText().contains("Teksten er læst og kan søges");
      }, "each file's outcome in words");
      // The table is redrawn by the page's poll while a job runs: read it inside a wait.
      b.waitFor(() -> b.find(By.id("f:jobs")).getText().contains("ZIP-fil"),
          "the kind of import in words");
      b.waitFor(() -> {
        b.click("f:refresh");
        return b.driver().findElements(By.cssSelector("#f\\:report a[href^='/pakker/']"))
            .size() == 2;
      }, "each file's new package a link away");
      b.screenshot("redaktion-import-zip");

      b.type("f:folder", "../../etc");
      b.click("f:startFolder");
      b.waitFor(() -> b.find(By.id("f:folder-msg")).getText().length() > 0,
          "a message that the folder is refused");
    }
    PortalClient anonymous = portal.client();
    long deadline = System.nanoTime() + 60_000_000_000L;
    JsonArray hits;
    do {
      hits = anonymous.get("/api/search?q=" + word).json().getJsonArray("hits");
    } while (hits.size() < 2 && System.nanoTime() < deadline && pause());
    assertEquals(2, hits.size(), "both files of the ZIP became findable packages");
    assertTrue(portal.admin().get("/api/imports").text().contains(zip.getFileName().toString()));
  }

  private static boolean pause() {
    try {
      Thread.sleep(300);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
