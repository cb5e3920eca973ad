package dk.videnportalen.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.PortalClient.Reply;
import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import org.junit.jupiter.api.Test;

/** The headers every response carries, and cross-site writes refused. */
@SharedPortal
class SecurityHeadersIT {

  @Test
  void pagesAndApiCarryTheProtectiveHeaders(PortalClient client) {
    for (String path : new String[] {"/", "/api/packages", "/health/live"}) {
      Reply r = client.get(path);
      assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
      assertEquals("DENY", r.header("X-Frame-Options"), path);
      assertNotNull(r.header("Referrer-Policy"), path);
      assertTrue(r.headers().allValues("Content-Security-Policy").stream()
          .anyMatch(v -> v.contains("frame-ancestors 'none'")), path);
    }
    assertTrue(client.get("/").headers().allValues("Server").isEmpty(), "no server banner");
  }

  @Test
  void aCrossSiteWriteIsRefusedEvenWithValidCredentials(PortalServer portal) {
    Reply crossSite = portal.admin().withHeader("Origin", "https://evil.example")
        .put("/api/themes/forfalsket", "application/json",
            "{\"name\":\"Forfalsket\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(403, crossSite.status(), crossSite::toString);
    assertEquals(404, portal.client().get("/api/themes/forfalsket").status(), "nothing was saved");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite(PortalServer portal) {
    Reply signIn = portal.client().get("/log-ind/sso");
    String cookie = signIn.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("VPSESSION=")).findFirst().orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
  }
}
