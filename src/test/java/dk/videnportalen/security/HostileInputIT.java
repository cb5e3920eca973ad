package dk.videnportalen.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Multipart;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import dk.videnportalen.testing.Uploads;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input suite over the REST API: script payloads in every stored text field,
 * SQL/JPQL and Lucene-syntax injection in search and filters, traversal names on upload, and
 * oversized and malformed requests. A payload "succeeds" when it changes data it should not, is
 * returned unescaped where HTML is promised, escapes the file store, or makes the server fail
 * (any 5xx). The total tried is printed for the README; the browser half (that no script runs in
 * the pages) is {@code HostilePagesIT}.
 */
@SharedPortal
class HostileInputIT {

  private static int tried;

  @AfterAll
  static void report() {
    System.out.println("Hostile-input suite (API): " + tried + " payloads tried, 0 succeeded");
  }

  @Test
  void injectionInSearchAndFiltersNeverFailsAndNeverWidensTheResult(PortalServer portal) {
    PortalClient anonymous = portal.client();
    long allPackages = total(anonymous.get("/api/packages?size=1"));
    List<String> failures = new ArrayList<>();
    for (String payload : concat(HostilePayloads.SQL,
        concat(HostilePayloads.SCRIPT, HostilePayloads.QUERY_SYNTAX))) {
      String q = PortalClient.query(payload);
      for (String path : List.of("/api/search?q=" + q, "/api/suggest?q=" + q,
          "/api/search?q=plan&theme=" + q, "/api/search?q=plan&type=" + q,
          "/api/search?q=plan&audience=" + q, "/api/search?q=plan&year=" + q,
          "/api/search?q=plan&sort=" + q, "/api/packages?theme=" + q,
          "/api/themes/" + q, "/api/packages/" + q)) {
        tried++;
        Reply r = anonymous.get(path);
        if (r.status() >= 500) {
          failures.add(path + " → " + r.status());
        } else if (r.status() == 200 && path.startsWith("/api/packages?theme=")
            && total(r) >= allPackages && allPackages > 0) {
          failures.add(path + " widened the result to every package");
        }
      }
    }
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
  }

  @Test
  void searchAnswersOversizedAndMalformedQueriesWithoutError(PortalServer portal) {
    PortalClient anonymous = portal.client();
    List<String> queries = new ArrayList<>(List.of(
        "a".repeat(5_000),
        "plan ".repeat(2_000),
        "(".repeat(500) + "plan" + ")".repeat(500),
        "plan OR ".repeat(3_000) + "plan",
        "*".repeat(200),
        "/" + ".*".repeat(300) + "/",
        "\"" + "plan ".repeat(500),
        "%00%ff%fe", "\u0000plan", "\uD800plan", "plan\u202Enalp",
        "🙂".repeat(300)));
    List<String> failures = new ArrayList<>();
    for (String q : queries) {
      for (String page : List.of("0", "-1", "2147483647", "abc", "99999999999")) {
        tried++;
        Reply r = anonymous.get("/api/search?q=" + PortalClient.query(q) + "&page=" + page
            + "&size=" + page);
        if (r.status() >= 500) {
          failures.add(abbreviate(q) + " page " + page + " → " + r.status());
        }
      }
    }
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
  }

  @Test
  void scriptAndSqlInEveryStoredTextFieldAreKeptVerbatimAndServedOnlyAsJson(PortalServer portal) {
    PortalClient admin = portal.admin();
    List<String> failures = new ArrayList<>();
    for (String payload : concat(HostilePayloads.SCRIPT, HostilePayloads.SQL)) {
      tried++;
      String title = "Fjendtlig " + payload;
      Reply created = admin.postMultipart("/api/packages", new Multipart()
          .json("metadata", "{\"title\":" + Json.quote(title) + ",\"summary\":"
              + Json.quote(payload) + ",\"unit\":" + Json.quote(payload) + "}")
          .file("file", "fjendtlig.txt", "text/plain",
              ("Brødtekst med " + payload).getBytes(StandardCharsets.UTF_8)));
      if (created.status() >= 500) {
        failures.add("package " + abbreviate(payload) + " → " + created.status());
        continue;
      }
      if (created.status() != 201) {
        continue; // refused with a clear 4xx: nothing stored, nothing to check
      }
      JsonObject pkg = created.json();
      Reply read = portal.client().get("/api/packages/" + pkg.getJsonNumber("id").longValue());
      if (!read.header("Content-Type").startsWith("application/json")) {
        failures.add("package read back as " + read.header("Content-Type"));
      }
      JsonObject back = read.json();
      if (!title.equals(back.getString("title")) || !payload.equals(back.getString("summary"))) {
        failures.add("package text changed on the way: " + abbreviate(payload));
      }
    }
    for (String payload : HostilePayloads.SCRIPT) {
      tried++;
      Reply story = admin.postMultipart("/api/stories", new Multipart().json("metadata",
          "{\"title\":" + Json.quote("Fjendtlig fortælling " + payload) + ",\"area\":"
              + Json.quote(payload) + ",\"challenge\":" + Json.quote(payload) + ",\"action\":"
              + Json.quote(payload) + ",\"outcome\":" + Json.quote(payload) + "}"));
      if (story.status() >= 500) {
        failures.add("story " + abbreviate(payload) + " → " + story.status());
      }
      tried++;
      Reply theme = admin.put("/api/themes/fjendtlig-" + (tried % 1000), "application/json",
          ("{\"name\":" + Json.quote("Tema " + payload) + ",\"description\":"
              + Json.quote(payload) + "}").getBytes(StandardCharsets.UTF_8));
      if (theme.status() >= 500) {
        failures.add("theme " + abbreviate(payload) + " → " + theme.status());
      }
    }
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    assertTrue(total(portal.client().get("/api/packages?size=1")) > 0, "the catalog is intact");
  }

  @Test
  void snippetsEscapeEverythingButTheirHighlightMarkup(PortalServer portal) {
    PortalClient admin = portal.admin();
    String marker = "skurkeord" + System.nanoTime() % 100000;
    StringBuilder body = new StringBuilder(marker).append(' ');
    HostilePayloads.SCRIPT.forEach(p -> body.append(p).append(' ').append(marker).append(' '));
    Uploads.createPackage(admin, Uploads.uniqueTitle("Snippettest"), "snippet.txt",
        body.toString().getBytes(StandardCharsets.UTF_8));
    JsonObject hit = awaitHit(portal.client(), marker);
    tried += HostilePayloads.SCRIPT.size();
    String snippet = hit.getString("snippet");
    String withoutMarks = snippet.replace("<mark>", "").replace("</mark>", "");
    assertFalse(withoutMarks.contains("<"), () -> "raw markup in snippet: " + snippet);
    assertFalse(withoutMarks.contains(">"), () -> "raw markup in snippet: " + snippet);
  }

  @Test
  void traversalNamesNeverLeaveTheStoreAndComeBackHarmless(PortalServer portal)
      throws IOException {
    PortalClient admin = portal.admin();
    Path outside = portal.dataDir().getParent();
    Set<Path> before = listing(outside);
    List<String> failures = new ArrayList<>();
    for (String name : HostilePayloads.TRAVERSAL_NAMES) {
      tried++;
      Reply r = admin.postMultipart("/api/packages", new Multipart()
          .json("metadata", "{\"title\":" + Json.quote(Uploads.uniqueTitle("Sti")) + "}")
          .file("file", name, "text/plain", "ondsindet".getBytes(StandardCharsets.UTF_8)));
      if (r.status() >= 500) {
        failures.add(Json.quote(name) + " → " + r.status());
        continue;
      }
      if (r.status() != 201) {
        continue;
      }
      JsonObject file = r.json().getJsonArray("files").getJsonObject(0);
      String stored = file.getString("name");
      if (stored.contains("/") || stored.contains("\\") || stored.equals("..")
          || stored.chars().anyMatch(c -> c < 0x20)) {
        failures.add(Json.quote(name) + " kept as " + Json.quote(stored));
      }
      Reply download = admin.get("/api/files/" + file.getJsonNumber("id").longValue());
      String disposition = download.header("Content-Disposition");
      if (download.status() != 200 || disposition == null || !disposition.startsWith("attachment")
          || disposition.contains("\r") || disposition.contains("\n")) {
        failures.add(Json.quote(name) + " download: " + download.status() + " " + disposition);
      }
    }
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    assertEquals(before, listing(outside), "nothing was written beside the data dir");
  }

  @Test
  void uploadedHtmlAndSvgAreNeverServedInline(PortalServer portal) {
    PortalClient admin = portal.admin();
    String script = "<script>alert(1)</script>";
    List<Object[]> files = List.of(
        new Object[] {"side.html", "<html><body>" + script + "</body></html>"},
        new Object[] {"tegning.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
            + script + "</svg>"},
        new Object[] {"forklaedt.txt", "<!DOCTYPE html><html>" + script + "</html>"},
        new Object[] {"billede.png", "<html>" + script + "</html>"},
        new Object[] {"xml.xml", "<?xml version=\"1.0\"?><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>"});
    List<String> failures = new ArrayList<>();
    for (Object[] f : files) {
      tried++;
      Reply r = admin.postMultipart("/api/packages", new Multipart()
          .json("metadata", "{\"title\":" + Json.quote(Uploads.uniqueTitle("Inline")) + "}")
          .file("file", (String) f[0], "text/html", ((String) f[1]).getBytes(StandardCharsets.UTF_8)));
      if (r.status() >= 500) {
        failures.add(f[0] + " → " + r.status());
        continue;
      }
      if (r.status() != 201) {
        continue;
      }
      long id = r.json().getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
      for (String path : List.of("/api/files/" + id, "/api/files/" + id + "?version=1",
          "/api/files/" + id + "/text", "/api/files/" + id + "/preview")) {
        Reply got = portal.client().get(path);
        String type = String.valueOf(got.header("Content-Type"));
        String disposition = String.valueOf(got.header("Content-Disposition"));
        boolean markup = type.startsWith("text/html") || type.contains("svg") || type.contains("xml");
        if (got.status() >= 500 || markup && !disposition.startsWith("attachment")
            || !"nosniff".equals(got.header("X-Content-Type-Options"))) {
          failures.add(path + " (" + f[0] + "): " + got.status() + " " + type + " " + disposition);
        }
      }
    }
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
  }

  @Test
  void malformedAndOversizedRequestsGetAClearClientError(PortalServer portal) throws Exception {
    PortalClient admin = portal.admin();
    List<String> failures = new ArrayList<>();
    List<Object[]> bodies = List.of(
        new Object[] {"/api/stories", "application/json", "{\"title\":"},
        new Object[] {"/api/stories", "application/json", "[1,2,3]"},
        new Object[] {"/api/stories", "application/json", "{\"title\":123,\"themes\":\"x\"}"},
        new Object[] {"/api/stories", "text/plain", "title=x"},
        new Object[] {"/api/packages", "application/json", "{\"title\":\"x\"}"},
        new Object[] {"/api/packages", "multipart/form-data; boundary=zzz", "--zzz\r\nContent-Dis"},
        new Object[] {"/api/packages", "multipart/form-data", "no boundary at all"},
        new Object[] {"/api/accounts", "application/json", "{\"username\":\"\",\"roles\":[\"GUD\"]}"},
        new Object[] {"/api/accounts", "application/json", "{\"username\":\"" + "x".repeat(10_000) + "\"}"},
        new Object[] {"/api/imports", "application/zip", "PK\u0003\u0004 not really a zip"},
        new Object[] {"/api/imports/folder", "application/json", "{\"folder\":\"../../../etc\"}"},
        new Object[] {"/api/imports/folder", "application/json", "{\"folder\":\"/etc\"}"},
        new Object[] {"/api/me/password", "application/json", "{\"current\":null,\"next\":null}"},
        new Object[] {"/api/stories", "application/json", "{\"title\":\"" + "ø".repeat(100_000) + "\"}"});
    for (Object[] b : bodies) {
      tried++;
      Reply r = admin.post((String) b[0], (String) b[1],
          ((String) b[2]).getBytes(StandardCharsets.UTF_8));
      if (r.status() < 400 || r.status() >= 500) {
        failures.add(b[0] + " " + b[1] + " " + abbreviate((String) b[2]) + " → " + r.status());
      }
    }
    tried++;
    byte[] tooBig = new byte[(int) SharedPortal.SHARED_UPLOAD_LIMIT + 4096];
    Reply big = admin.postMultipart("/api/packages", new Multipart()
        .json("metadata", "{\"title\":\"For stor\"}")
        .file("file", "stor.txt", "text/plain", tooBig));
    if (big.status() != 413) {
      failures.add("oversized upload → " + big.status());
    }
    for (String path : List.of("/api/packages/abc", "/api/packages/-1",
        "/api/packages/99999999999999999999", "/api/files/0", "/api/files/1?version=-5",
        "/api/items/abc/related", "/api/stories/%00", "/api/search?q=%C3%28", "/%2e%2e/%2e%2e/etc/passwd",
        "/api/files/..%2f..%2fetc%2fpasswd", "/pakker/abc", "/fortaellinger/-1", "/temaer/%00")) {
      tried++;
      Reply r = admin.get(path);
      if (r.status() >= 500 || r.text().contains("root:x:0")) {
        failures.add(path + " → " + r.status());
      }
    }
    tried++;
    HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    HttpResponse<String> hugeHeader = raw.send(HttpRequest.newBuilder(
        portal.baseUri().resolve("/api/search?q=plan")).header("X-Fyld", "x".repeat(60_000))
        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (hugeHeader.statusCode() >= 500) {
      failures.add("60 kB header → " + hugeHeader.statusCode());
    }
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
  }

  private static JsonObject awaitHit(PortalClient client, String word) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject result = client.get("/api/search?q=" + word).json();
      if (!result.getJsonArray("hits").isEmpty()) {
        return result.getJsonArray("hits").getJsonObject(0);
      }
      sleep();
    }
    throw new AssertionError("no hit for " + word);
  }

  private static long total(Reply r) {
    if (r.status() != 200) {
      return -1;
    }
    JsonValue t = r.json().get("total");
    return t == null ? -1 : r.json().getJsonNumber("total").longValue();
  }

  private static Set<Path> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.collect(Collectors.toSet());
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
