package dk.videnportalen.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/** The real PostgreSQL the tests use: reachability and a clean schema per run. */
public final class PostgresTestDatabase {

  private PostgresTestDatabase() {}

  /** Why PostgreSQL cannot be used, or empty when it can. */
  public static Optional<String> unavailableReason() {
    try (Connection c = connect(baseUrl(TestSettings.postgresUrl()))) {
      return c.isValid(5) ? Optional.empty() : Optional.of("connection not valid");
    } catch (SQLException e) {
      return Optional.of("PostgreSQL at " + baseUrl(TestSettings.postgresUrl())
          + " is not reachable (" + e.getMessage() + ")");
    }
  }

  /** Drops the schema named in {@code url} so the next boot migrates from scratch. */
  public static void dropSchema(String url) {
    String schema = schemaOf(url).orElseThrow(
        () -> new IllegalArgumentException("Test URL must name a currentSchema: " + url));
    if (!schema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Unexpected schema name " + schema);
    }
    try (Connection c = connect(baseUrl(url)); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not reset schema " + schema, e);
    }
  }

  public static Optional<String> schemaOf(String url) {
    int q = url.indexOf("currentSchema=");
    if (q < 0) {
      return Optional.empty();
    }
    String rest = url.substring(q + "currentSchema=".length());
    int end = rest.indexOf('&');
    return Optional.of(end < 0 ? rest : rest.substring(0, end));
  }

  /** The URL with a different schema, for test servers that must not share tables. */
  public static String withSchema(String url, String schema) {
    String base = baseUrl(url);
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  static String baseUrl(String url) {
    return url.replaceAll("[?&]currentSchema=[^&]*", "");
  }

  private static Connection connect(String url) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", TestSettings.postgresUser());
    props.setProperty("password", TestSettings.postgresPassword());
    props.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(url, props);
  }
}
