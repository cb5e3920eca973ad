package dk.videnportalen.identity.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.PortalServer;
import dk.videnportalen.testing.SharedPortal;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on against a real (in-test) OpenID provider: the browser's round trip of redirects,
 * the code exchange, ID-token validation, account creation and claim mapping.
 */
@SharedPortal
class SingleSignOnIT {

  @Test
  void theFirstSignInCreatesTheAccountWithUnitAndRolesFromClaims(PortalServer portal,
      MockOAuth2Server idp) throws Exception {
    String who = "sso." + UUID.randomUUID().toString().substring(0, 8);
    idp.enqueueCallback(new DefaultOAuth2TokenCallback(SharedPortal.IDP_ISSUER,
        "subject-" + who, "JWT", List.of(SharedPortal.IDP_CLIENT),
        Map.of("preferred_username", who, "name", "Sanne Sørensen", "email", who + "@kommune.dk",
            "unit", "Engdalskolen", "unit_kind", "skole", "roles", List.of("redaktoer", "ukendt")),
        3600));

    HttpClient browser = browser();
    HttpResponse<String> me = browser.send(HttpRequest.newBuilder(
            portal.baseUri().resolve("/log-ind/sso?next=/api/me")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(200, me.statusCode(), me::body);
    JsonObject account = Json.createReader(new StringReader(me.body())).readObject();
    assertEquals(who, account.getString("username"));
    assertEquals("Sanne Sørensen", account.getString("displayName"));
    assertEquals("Engdalskolen", account.getString("unit"));
    assertEquals(List.of("EDITOR", "STAFF"), account.getJsonArray("roles").getValuesAs(
        jakarta.json.JsonString::getString));
  }

  @Test
  void aCallbackWithoutASignInInProgressIsRefusedPolitely(PortalServer portal) throws Exception {
    HttpClient noRedirects = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> r = noRedirects.send(HttpRequest.newBuilder(
            portal.baseUri().resolve("/log-ind/sso/callback?code=forfalsket&state=gættet")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(302, r.statusCode());
    assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/log-ind?fejl=sso"));
  }

  @Test
  void onlyLocalPathsAreFollowedAfterSignIn() {
    assertEquals("/pakker/7", SsoServlet.safeNext("/pakker/7"));
    assertEquals(null, SsoServlet.safeNext("//evil.example/x"));
    assertEquals(null, SsoServlet.safeNext("https://evil.example/"));
    assertEquals(null, SsoServlet.safeNext("/\\evil.example"));
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }
}
