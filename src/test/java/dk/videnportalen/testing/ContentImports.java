package dk.videnportalen.testing;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The import of content/ that a portal starts a few seconds after its boot. */
public final class ContentImports {

  private ContentImports() {}

  /**
   * Waits until the content import's job meets {@code condition} or has ended (done or failed),
   * for at most five minutes, and returns the job as the import API reports it.
   */
  public static JsonObject await(PortalClient admin, Predicate<JsonObject> condition) {
    long deadline = System.currentTimeMillis() + 300_000;
    while (System.currentTimeMillis() < deadline) {
      Optional<JsonObject> job = Json.objects(admin.get("/api/imports").jsonArray()).stream()
          .filter(j -> j.getString("kind").equals("content"))
          .findFirst();
      if (job.isPresent() && (condition.test(job.get())
          || List.of("done", "failed").contains(job.get().getString("state")))) {
        return job.get();
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for the content import", e);
      }
    }
    throw new AssertionError("the content import did not progress within 5 minutes");
  }

  /** Waits until the content import has ended. */
  public static JsonObject awaitEnd(PortalClient admin) {
    return await(admin, job -> false);
  }
}
