package dk.videnportalen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.PortalServer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's run command end to end: first boot on an empty data dir, SIGTERM, boot again on
 * the same data dir. Uses its own portal so stopping it disturbs no other test.
 */
class RunCommandIT {

  private static final Pattern GENERATED =
      Pattern.compile("generated password (\\S+) \\(shown only this once");

  @Test
  void firstBootCreatesAdminAndARestartKeepsTheData() {
    PortalServer server = PortalServer.fresh("run-command",
        Map.of("PORTAL_ADMIN_PASSWORD", ""));
    try {
      server.start();
      Matcher m = GENERATED.matcher(server.log());
      assertTrue(m.find(), "the generated admin password is printed once at first boot");
      String password = m.group(1);
      assertEquals(200, server.client().withBasicAuth("admin", password)
          .get("/health/ready").status());

      int exit = server.stop();
      assertTrue(exit == 0 || exit == 143, "SIGTERM ends the server cleanly, exit " + exit);
      String firstLog = server.log();

      server.start();
      String secondBoot = server.log().substring(firstLog.length());
      assertFalse(secondBoot.contains("generated password"),
          "the admin account survived the restart, so no new password is generated");
      assertTrue(secondBoot.contains("Database schema at version"), secondBoot);
      assertTrue(secondBoot.contains("(0 migration(s) applied"), "schema kept: nothing to migrate");
    } finally {
      server.stop();
    }
  }
}
