package dk.videnportalen.platform.health;

import dk.videnportalen.platform.persistence.SchemaState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when Flyway has finished: before that every database call could fail. */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

  @Inject SchemaState schema;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database-schema");
    if (schema.isMigrated()) {
      return response.up().withData("version", schema.version()).build();
    }
    return response.down().withData("problem", String.valueOf(schema.problem())).build();
  }
}
