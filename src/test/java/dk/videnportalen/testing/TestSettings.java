package dk.videnportalen.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Paths and settings the build hands to tests, with defaults for running from an IDE. */
public final class TestSettings {

  private TestSettings() {}

  public static Path projectDir() {
    return Path.of(System.getProperty("portal.basedir", ".")).toAbsolutePath().normalize();
  }

  public static Path targetDir() {
    return projectDir().resolve("target");
  }

  public static Path war() {
    return Path.of(System.getProperty("portal.war", targetDir().resolve("videnportalen.war").toString()));
  }

  /** The shared, read-only material beside the project (../shared), if this machine has it. */
  public static Optional<Path> sharedDir() {
    Path dir = Path.of(System.getProperty("shared.dir", projectDir().resolve("../shared").toString()))
        .toAbsolutePath().normalize();
    return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }

  /** JDBC URL of the PostgreSQL database the persistence tests use. */
  public static String postgresUrl() {
    return firstSet("PORTAL_TEST_PG_URL", "portal.test.pg.url",
        "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=videnportalen_it");
  }

  public static String postgresUser() {
    return firstSet("PORTAL_TEST_PG_USER", "portal.test.pg.user", "postgres");
  }

  public static String postgresPassword() {
    return firstSet("PORTAL_TEST_PG_PASSWORD", "portal.test.pg.password", "");
  }

  private static String firstSet(String env, String property, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(env);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
