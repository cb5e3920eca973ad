package dk.videnportalen.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live as long as the JVM has head-room. A database outage is a readiness problem, not a
 * liveness one: restarting the process would not bring the database back.
 */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

  private static final double MAX_HEAP_USE = 0.98;

  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    double share = (double) used / rt.maxMemory();
    return HealthCheckResponse.named("process")
        .status(share < MAX_HEAP_USE)
        .withData("heapUsedMb", used / (1024 * 1024))
        .withData("heapMaxMb", rt.maxMemory() / (1024 * 1024))
        .build();
  }
}
