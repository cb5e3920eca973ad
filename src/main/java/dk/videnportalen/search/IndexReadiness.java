package dk.videnportalen.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the index is open. A rebuild keeps the portal ready, since searches answer from the
 * index that exists meanwhile; the state and progress are in the check's data.
 */
@Readiness
@ApplicationScoped
public class IndexReadiness implements HealthCheck {

  @Inject SearchIndex index;

  @Override
  public HealthCheckResponse call() {
    SearchIndex.Status s = index.status();
    HealthCheckResponseBuilder b = HealthCheckResponse.named("search-index")
        .status(index.isOpen())
        .withData("state", s.state())
        .withData("documents", s.documents())
        .withData("lastEvent", s.lastEvent())
        .withData("latestEvent", s.latestEvent());
    if ("rebuilding".equals(s.state())) {
      b.withData("rebuilt", s.rebuildDone() + "/" + s.rebuildTotal());
    }
    if (s.problem() != null) {
      b.withData("problem", s.problem());
    }
    return b.build();
  }
}
