package dk.videnportalen.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.Browser;
import dk.videnportalen.testing.Browser.Mode;
import dk.videnportalen.testing.Json;
import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Multipart;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The browser half of the hostile-input suite: every script payload goes into every text field
 * that the public pages show back (package title, summary, unit and body text, story title,
 * area and its three parts, theme name and description, the search box and its filters), and
 * each page that shows them is opened in headless Chromium. A payload that ran would have set
 * {@code window.__xss}; the test also listens for dialogs.
 */
@SharedPortal
class HostilePagesIT {

  @Test
  void noScriptPayloadRunsOnAnyPublicPage(PortalServer portal) {
    Browser.assumeAvailable();
    PortalClient admin = portal.admin();
    String marker = "fjendeord" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    String theme = "fjende-" + marker;
    List<String> pages = new ArrayList<>();
    int payloads = 0;

    StringBuilder description = new StringBuilder();
    HostilePayloads.SCRIPT.forEach(description::append);
    Reply t = admin.put("/api/themes/" + theme, "application/json", ("{\"name\":"
        + Json.quote("Tema " + HostilePayloads.SCRIPT.get(0)) + ",\"description\":"
        + Json.quote(description.toString()) + "}").getBytes(StandardCharsets.UTF_8));
    assertEquals(true, t.status() < 300, t::toString);
    pages.add("/temaer/" + theme);

    for (String payload : HostilePayloads.SCRIPT) {
      payloads++;
      Reply p = admin.postMultipart("/api/packages", new Multipart()
          .json("metadata", "{\"title\":" + Json.quote(marker + " " + payload) + ",\"summary\":"
              + Json.quote(payload) + ",\"unit\":" + Json.quote(payload) + ",\"themes\":["
              + Json.quote(theme) + "]}")
          .file("file", "fjende.txt", "text/plain",
              (marker + " " + payload + " " + marker).getBytes(StandardCharsets.UTF_8)));
      assertEquals(201, p.status(), p::toString);
      pages.add("/pakker/" + p.json().getJsonNumber("id").longValue());

      Reply s = admin.postMultipart("/api/stories", new Multipart().json("metadata",
          "{\"title\":" + Json.quote(marker + " " + payload) + ",\"area\":" + Json.quote(payload)
              + ",\"unit\":" + Json.quote(payload) + ",\"challenge\":" + Json.quote(payload)
              + ",\"action\":" + Json.quote(payload) + ",\"outcome\":" + Json.quote(payload)
              + ",\"themes\":[" + Json.quote(theme) + "]}"));
      assertEquals(201, s.status(), s::toString);
      long story = s.json().getJsonNumber("id").longValue();
      Reply published = admin.post("/api/stories/" + story + "/publish", "application/json",
          new byte[0]);
      assertTrue(published.status() < 300, published::toString);
      pages.add("/fortaellinger/" + story);
      pages.add("/soeg?q=" + PortalClient.query(payload));
      pages.add("/soeg?q=plan&theme=" + PortalClient.query(payload) + "&type="
          + PortalClient.query(payload));
    }
    awaitIndexed(portal.client(), marker, 2 * HostilePayloads.SCRIPT.size());
    pages.add("/");
    pages.add("/soeg?q=" + marker);
    pages.add("/soeg?q=" + marker + "&page=2");
    pages.add("/temaer");

    List<String> ran = new ArrayList<>();
    try (Browser browser = Browser.open(portal.baseUri(), Mode.DESKTOP)) {
      for (String page : pages) {
        browser.go(page);
        Object flag = browser.script("return [typeof window.__xss, document.readyState];");
        if (!String.valueOf(flag).startsWith("[undefined")) {
          ran.add(page + " → " + flag);
        }
        // Hover and focus every element, so attribute handlers would fire too.
        browser.script("document.querySelectorAll('body *').forEach(function (e) {"
            + " e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
            + " if (e.focus) { e.focus(); } });");
        Object after = browser.script("return typeof window.__xss;");
        if (!"undefined".equals(after)) {
          ran.add(page + " (after hover/focus) → " + after);
        }
      }
    }
    System.out.println("Hostile-input suite (pages): " + payloads + " payloads × "
        + pages.size() + " page views in Chromium, " + ran.size() + " ran");
    assertTrue(ran.isEmpty(), () -> String.join("\n", ran));
  }

  private static void awaitIndexed(PortalClient client, String word, int expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      Reply r = client.get("/api/search?size=1&q=" + word);
      if (r.status() == 200 && r.json().getJsonNumber("total").longValue() >= expected) {
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
