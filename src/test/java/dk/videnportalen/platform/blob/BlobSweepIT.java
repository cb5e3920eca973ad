package dk.videnportalen.platform.blob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.identity.Role;
import dk.videnportalen.testing.Accounts;
import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Multipart;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import dk.videnportalen.testing.Uploads;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The blob sweep on the shared portal: a stored file that no row needs and that was stored before
 * the grace period is deleted, everything else stays. A file is made "two days old" by setting
 * its time in the portal's data dir, which is what two days passing would do.
 */
@SharedPortal
class BlobSweepIT {

  private static final String SWEEP = "/api/admin/blobs/sweep";

  @Test
  void oldBlobsThatNothingNeedsAreDeletedAndTheRestIsKept(PortalServer portal)
      throws IOException {
    PortalClient admin = portal.admin();
    byte[] attached = unique("Årsplan, vedhæftet en læringspakke");
    byte[] abandoned = unique("Uploadet, men pakken blev aldrig gemt");
    byte[] fresh = unique("Uploadet for et øjeblik siden og endnu ikke gemt");
    byte[] ofDeleted = unique("Fil i en pakke, der siden blev slettet");

    long attachedId = fileId(Uploads.createPackage(admin, Uploads.uniqueTitle("Oprydning"),
        "aarsplan.txt", attached));
    refusedUpload(admin, "forladt.txt", abandoned);
    refusedUpload(admin, "ny.txt", fresh);
    long deletedPackage = Uploads.createPackage(admin, Uploads.uniqueTitle("Slettes"),
        "slettet.txt", ofDeleted).getJsonNumber("id").longValue();
    assertEquals(204, admin.delete("/api/packages/" + deletedPackage).status());
    for (byte[] content : new byte[][] {attached, abandoned, fresh, ofDeleted}) {
      assertTrue(Files.exists(blob(portal, content)), "stored on upload");
    }
    for (byte[] content : new byte[][] {attached, abandoned, ofDeleted}) {
      storedTwoDaysAgo(blob(portal, content));
    }

    Reply swept = admin.post(SWEEP, "application/json", new byte[0]);

    assertEquals(200, swept.status(), swept::toString);
    JsonObject result = swept.json();
    assertEquals(24, result.getJsonNumber("graceHours").longValue(), result::toString);
    assertTrue(result.getJsonNumber("blobs").longValue() >= 2, result::toString);
    assertTrue(result.getJsonNumber("bytes").longValue() >= abandoned.length + ofDeleted.length,
        result::toString);
    assertFalse(Files.exists(blob(portal, abandoned)), "an upload never saved is deleted");
    assertFalse(Files.exists(blob(portal, ofDeleted)), "a deleted package's original is deleted");
    assertTrue(Files.exists(blob(portal, attached)), "an attached file stays, however old");
    assertTrue(Files.exists(blob(portal, fresh)), "a recent upload waits out the grace period");
    assertArrayEquals(attached, admin.get("/api/files/" + attachedId).body());
    JsonObject recorded = admin.get("/api/admin/audit?action=BLOBS_SWEPT&size=1").jsonArray()
        .getJsonObject(0);
    assertEquals("admin", recorded.getString("actor"), recorded::toString);
    assertTrue(recorded.getString("summary").startsWith(result.getJsonNumber("blobs") + " filer"),
        recorded::toString);

    long again = fileId(Uploads.createPackage(admin, Uploads.uniqueTitle("Igen"), "slettet.txt",
        ofDeleted));
    assertArrayEquals(ofDeleted, admin.get("/api/files/" + again).body(),
        "the deleted package's bytes can be uploaded again");
    assertTrue(admin.get("/api/files/" + again + "/text").text().contains("siden blev slettet"));
  }

  @Test
  void onlyAnAdministratorMaySweep(PortalServer portal) {
    Reply editor = Accounts.signedIn(portal, Role.EDITOR).post(SWEEP, "application/json",
        new byte[0]);
    assertEquals(403, editor.status(), editor::toString);
    assertEquals(401, portal.client().post(SWEEP, "application/json", new byte[0]).status());
  }

  /** A request the portal refuses after storing its file: no title, so nothing is recorded. */
  private static void refusedUpload(PortalClient editor, String name, byte[] content) {
    Reply r = editor.postMultipart("/api/packages", new Multipart()
        .json("metadata", "{\"summary\":" + Json.quote("uden titel") + "}")
        .file("file", name, "text/plain", content));
    assertEquals(422, r.status(), r::toString);
  }

  private static long fileId(JsonObject createdPackage) {
    return createdPackage.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static byte[] unique(String text) {
    return (text + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
  }

  /** Where the portal keeps these bytes: {@code blobs/ab/cd/<sha256>} in its data dir. */
  private static Path blob(PortalServer portal, byte[] content) {
    String sha256;
    try {
      sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
    return portal.dataDir().resolve("blobs").resolve(sha256.substring(0, 2))
        .resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  private static void storedTwoDaysAgo(Path blob) throws IOException {
    Files.setLastModifiedTime(blob, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
  }
}
