package dk.videnportalen.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.testing.PortalClient;
import dk.videnportalen.testing.SharedPortal;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Health, metrics and OpenAPI, as a load balancer or an operator sees them. */
@SharedPortal
class OperationsEndpointsIT {

  @Test
  void readinessIsUpAndReportsTheSchema(PortalClient portal) {
    PortalClient.Reply reply = portal.get("/health/ready");
    assertEquals(200, reply.status(), reply::toString);
    JsonObject body = reply.json();
    assertEquals("UP", body.getString("status"));
    assertTrue(body.getJsonArray("checks").stream()
        .map(JsonObject.class::cast)
        .anyMatch(c -> c.getString("name").equals("database-schema")
            && c.getString("status").equals("UP")), reply::toString);
  }

  @Test
  void livenessIsUp(PortalClient portal) {
    PortalClient.Reply reply = portal.get("/health/live");
    assertEquals(200, reply.status(), reply::toString);
    assertEquals("UP", reply.json().getString("status"));
  }

  @Test
  void metricsAreServed(PortalClient portal) {
    PortalClient.Reply reply = portal.get("/metrics");
    assertEquals(200, reply.status(), reply::toString);
    assertTrue(reply.text().contains("jvm") || reply.text().contains("base_"), reply::toString);
  }

  @Test
  void openApiDescribesThePortalApi(PortalClient portal) {
    PortalClient.Reply reply = portal.get("/openapi");
    assertEquals(200, reply.status(), reply::toString);
    assertTrue(reply.text().contains("Videnportalen API"), reply::toString);
  }

  @Test
  void unknownApiPathsAnswerJsonNotAStackTrace(PortalClient portal) {
    PortalClient.Reply reply = portal.get("/api/findes-ikke");
    assertEquals(404, reply.status(), reply::toString);
    assertTrue(reply.header("Content-Type").startsWith("application/json"), reply::toString);
    assertEquals(404, reply.json().getInt("status"));
  }
}
