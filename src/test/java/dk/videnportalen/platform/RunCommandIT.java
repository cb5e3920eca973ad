package dk.videnportalen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.ContentImports;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's run command end to end, with its own portal so stopping it disturbs no other
 * test: first boot on an empty data dir, a hard crash (SIGKILL) in the middle of the content
 * import and a corrupted search index, a second boot that resumes the import without duplicates
 * and rebuilds the index from the database, and a clean SIGTERM.
 */
class RunCommandIT {

  private static final Pattern GENERATED =
      Pattern.compile("generated password (\\S+) \\(shown only this once");
  private static final int CONTENT_PACKAGES = 16;
  private static final int CONTENT_STORIES = 10;

  @Test
  void aCrashMidImportLosesNothingAndTheNextBootFinishesTheImport() {
    PortalServer server = PortalServer.fresh("run-command", Map.of("PORTAL_ADMIN_PASSWORD", ""));
    try {
      server.start();
      Matcher m = GENERATED.matcher(server.log());
      assertTrue(m.find(), "the generated admin password is printed once at first boot");
      PortalClient admin = server.client().withBasicAuth("admin", m.group(1));

      JsonObject running = ContentImports.await(admin, j -> j.getInt("processed") >= 2);
      boolean crashedMidImport = !"done".equals(running.getString("state"));
      server.kill();
      String firstLog = server.log();
      corruptTheSearchIndex(server.dataDir());

      server.start();
      String secondBoot = server.log().substring(firstLog.length());
      assertFalse(secondBoot.contains("generated password"),
          "the admin account survived the crash, so no new password is generated");
      assertTrue(secondBoot.contains("(0 migration(s) applied"), "schema kept: nothing to migrate");
      assertTrue(secondBoot.contains("cannot be read; rebuilding it from the database"),
          "a corrupt index is noticed and rebuilt at boot");

      JsonObject done = ContentImports.await(admin, j -> "done".equals(j.getString("state")));
      if (crashedMidImport) {
        // The import resumes a few seconds after the portal is ready, so read the log after it.
        String afterImport = server.log().substring(firstLog.length());
        assertTrue(afterImport.contains("Resuming the interrupted content import"), afterImport);
      }
      assertEquals(done.getInt("total"), done.getInt("processed"));
      assertEquals(0, done.getInt("failed"), done::toString);
      assertEquals(CONTENT_PACKAGES, admin.get("/api/packages?size=1").json()
          .getJsonNumber("total").intValue(), "every package once, none twice");
      assertEquals(CONTENT_STORIES, admin.get("/api/stories?size=1").json()
          .getJsonNumber("total").intValue());
      awaitSearchFinds(server.client(), "progressionsmodellen");
      JsonObject rebuildAtBoot = admin.get("/api/admin/audit?size=1&action=INDEX_REBUILD_STARTED")
          .jsonArray().getJsonObject(0);
      assertEquals("system", rebuildAtBoot.getString("actor"), rebuildAtBoot::toString);
      assertTrue(rebuildAtBoot.getString("summary").startsWith("indekset kunne ikke læses"),
          rebuildAtBoot::toString);

      int exit = server.stop();
      assertTrue(exit == 0 || exit == 143, "SIGTERM ends the server cleanly, exit " + exit);
    } finally {
      server.stop();
    }
  }

  /** Overwrites the live index generation's commit point, as a failing disk might. */
  private static void corruptTheSearchIndex(Path dataDir) {
    try {
      Path index = dataDir.resolve("index");
      Path live = index.resolve(Files.readString(index.resolve("CURRENT")).strip());
      try (var files = Files.list(live)) {
        for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
          Files.write(f, "kaputt".getBytes(StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitSearchFinds(PortalClient client, String query) {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      if (client.get("/api/search?q=" + query).json().getJsonNumber("total").longValue() > 0) {
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("the rebuilt index never found '" + query + "'");
  }
}
