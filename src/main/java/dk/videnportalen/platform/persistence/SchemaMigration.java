package dk.videnportalen.platform.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at boot. If the database cannot be reached the portal still
 * deploys, reports itself not ready, and retries in the background rather than failing the
 * deployment, so an operator sees a clear health status instead of a dead process.
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
  private static final long RETRY_SECONDS = 10;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject SchemaState state;

  @Inject Event<SchemaMigrated> migrated;

  private ScheduledFuture<?> retry;

  void onStartup(@Observes Startup startup) {
    if (!migrate()) {
      retry = scheduler.scheduleWithFixedDelay(this::retry, RETRY_SECONDS, RETRY_SECONDS,
          TimeUnit.SECONDS);
    }
  }

  private void retry() {
    if (!state.isMigrated() && migrate() && retry != null) {
      retry.cancel(false);
    }
  }

  synchronized boolean migrate() {
    if (state.isMigrated()) {
      return true;
    }
    long started = System.nanoTime();
    try {
      String vendor = vendor();
      FluentConfiguration configuration =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .placeholders(placeholders(vendor))
              .failOnMissingLocations(true);
      DatabaseSettings.fromConfig().schema().ifPresent(configuration::schemas);
      Flyway flyway = configuration.load();
      MigrateResult result = flyway.migrate();
      String version = flyway.info().current() == null
          ? "0" : flyway.info().current().getVersion().getVersion();
      LOG.info(() -> String.format("Database schema at version %s on %s (%d migration(s) applied, %d ms)",
          version, vendor, result.migrationsExecuted, (System.nanoTime() - started) / 1_000_000));
      state.succeeded(version);
      migrated.fire(new SchemaMigrated(version));
      return true;
    } catch (RuntimeException | SQLException e) {
      String problem = "Database migration failed: " + rootMessage(e);
      state.failed(problem);
      LOG.log(Level.SEVERE, problem + " (retrying every " + RETRY_SECONDS + " s)", e);
      return false;
    }
  }

  private String vendor() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName();
    }
  }

  /** The few type names that differ between H2 and PostgreSQL. */
  static Map<String, String> placeholders(String vendor) {
    boolean postgres = vendor.toLowerCase().contains("postgres");
    return Map.of("text", postgres ? "TEXT" : "CHARACTER LARGE OBJECT");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  @PreDestroy
  void stop() {
    if (retry != null) {
      retry.cancel(true);
    }
  }
}
