package dk.videnportalen.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Whether this node's view of the database schema is current; read by the readiness check. */
@ApplicationScoped
public class SchemaState {

  private volatile boolean migrated;
  private volatile String version = "";
  private volatile String problem = "not started";
  private volatile Instant migratedAt;

  void succeeded(String schemaVersion) {
    this.version = schemaVersion;
    this.problem = null;
    this.migratedAt = Instant.now();
    this.migrated = true;
  }

  void failed(String problem) {
    this.problem = problem;
  }

  public boolean isMigrated() {
    return migrated;
  }

  public String version() {
    return version;
  }

  /** Why the schema is not ready, or {@code null} when it is. */
  public String problem() {
    return problem;
  }

  public Instant migratedAt() {
    return migratedAt;
  }
}
