package dk.videnportalen.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Multipart;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every file of the real-world corpus through the REST ingest of the running portal, one request
 * per file: each is stored with the outcome its MANIFEST expects (a clear status, never a 500),
 * and the portal answers normally afterwards.
 */
@SharedPortal
class RealWorldCorpusApiIT {

  @Test
  void everyCorpusFileIsStoredWithItsExpectedOutcome(PortalServer portal) {
    List<Corpus.Entry> entries = Corpus.manifest();
    PortalClient editor = portal.admin();
    List<String> problems = new ArrayList<>();
    for (Corpus.Entry e : entries) {
      Reply r = editor.postMultipart("/api/packages", new Multipart()
          .json("metadata", "{\"title\":" + Json.quote("Korpus: " + e.file()) + "}")
          .file("file", Corpus.file(e.file())));
      if (r.status() != 201) {
        problems.add(e.file() + ": HTTP " + r.status() + " " + r.text());
        continue;
      }
      JsonObject file = r.json().getJsonArray("files").getJsonObject(0);
      String status = file.getString("status");
      if (!allowed(e).contains(status)) {
        problems.add(e.file() + " (" + e.expectation() + "): " + status + " – " + file.getString("message"));
      }
      if (e.expectation().equals("extracts-text") && !RealWorldCorpusTest.DEVIATIONS.containsKey(e.file())
          && file.getInt("chars") == 0) {
        problems.add(e.file() + ": no text");
      }
    }
    assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    assertEquals(200, portal.client().get("/health/ready").status(), "still ready after the corpus");
    assertEquals(200, portal.client().get("/api/search?q=tilsynsrapport").status());
  }

  /** The statuses (API codes) the MANIFEST's expectation allows, as the unit test has them. */
  static Set<String> allowed(Corpus.Entry e) {
    RealWorldCorpusTest.Deviation d = RealWorldCorpusTest.DEVIATIONS.get(e.file());
    if (d != null) {
      return Set.of(code(d.status().name()));
    }
    return switch (e.expectation()) {
      case "extracts-text" -> Set.of("ok");
      case "encrypted" -> e.format().equals("zip") ? Set.of("encrypted", "ok") : Set.of("encrypted");
      case "corrupt" -> e.file().equals("tika_testEXCEL.strict.xlsx")
          ? Set.of("corrupt", "unsupported", "ok") : Set.of("corrupt", "unsupported");
      case "empty", "image-only" -> Set.of("empty");
      case "archive" -> Set.of("ok", "encrypted", "corrupt", "unsupported");
      case "bomb-like" -> Set.of("too-large", "corrupt", "timeout");
      default -> Set.of();
    };
  }

  private static String code(String status) {
    return status.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
