package dk.videnportalen.ingest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Multipart;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Bulk import of a ZIP through the API: progress, a per-file report, and hostile entry names. */
@SharedPortal
class BulkImportIT {

  @Test
  void aZipBecomesItemsWithAPerFileReport(PortalServer portal) throws IOException {
    String key = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
    byte[] zip = zip(Map.of(
        "pakker/" + key + "/item.json", ("{\"title\":\"Pakke fra ZIP " + key + "\","
            + "\"themes\":[\"videndeling\"],\"audience\":\"skole\",\"files\":[{\"file\":\"noter.txt\","
            + "\"role\":\"handout\"}]}").getBytes(StandardCharsets.UTF_8),
        "pakker/" + key + "/noter.txt", "Noter om videndeling på tværs af skoler".getBytes(StandardCharsets.UTF_8),
        "løse filer/Årsplan for læringsdage.txt", "Læringsdage i foråret".getBytes(StandardCharsets.UTF_8),
        "../../etc/evil.txt", "zip-slip forsøg".getBytes(StandardCharsets.UTF_8),
        "pakker/" + key + "-broken/item.json", "{ ikke json".getBytes(StandardCharsets.UTF_8)));

    Reply started = portal.admin().postMultipart("/api/imports",
        new Multipart().file("file", "import.zip", "application/zip", zip));
    assertEquals(202, started.status(), started::toString);
    String location = started.header("Location");
    assertTrue(location.contains("/api/imports/"));

    JsonObject job = awaitDone(portal.admin(), location.substring(location.indexOf("/api/")));
    assertEquals("done", job.getString("state"), job::toString);
    assertEquals(4, job.getInt("total"));
    assertEquals(1, job.getInt("failed"), "the broken item.json");
    Map<String, JsonObject> entries = Json.objects(job.getJsonArray("entries")).stream()
        .collect(Collectors.toMap(e -> e.getString("name"), Function.identity()));
    assertEquals("done", entries.get("pakker/" + key).getString("state"));
    assertEquals("failed", entries.get("pakker/" + key + "-broken").getString("state"));
    assertTrue(entries.get("pakker/" + key + "-broken").getString("message").contains("JSON"));
    assertEquals("done", entries.get("../../etc/evil.txt").getString("state"),
        "a traversal name is only a label: the file becomes a package, nothing is written by name");
    long itemId = entries.get("løse filer/Årsplan for læringsdage.txt").getJsonNumber("itemId").longValue();
    assertEquals("Årsplan for læringsdage",
        portal.client().get("/api/packages/" + itemId).json().getString("title"));

    Reply notZip = portal.admin().postMultipart("/api/imports",
        new Multipart().file("file", "x.zip", "application/zip", "ikke en zip".getBytes(StandardCharsets.UTF_8)));
    assertEquals(422, notZip.status(), notZip::toString);
  }

  @Test
  void onlyAdministratorsImport(PortalServer portal) {
    Reply anonymous = portal.client().postMultipart("/api/imports",
        new Multipart().file("file", "x.zip", "application/zip", new byte[] {1}));
    assertEquals(401, anonymous.status());
  }

  static JsonObject awaitDone(PortalClient admin, String path) {
    long deadline = System.currentTimeMillis() + 180_000;
    JsonObject job;
    do {
      job = admin.get(path).json();
      if (List.of("done", "failed").contains(job.getString("state"))) {
        return job;
      }
      sleep();
    } while (System.currentTimeMillis() < deadline);
    throw new AssertionError("import not finished: " + job);
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (var e : new java.util.TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static void sleep() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
