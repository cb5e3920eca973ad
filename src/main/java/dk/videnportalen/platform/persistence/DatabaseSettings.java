package dk.videnportalen.platform.persistence;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the portal's database is. Without {@code portal.db.url} the portal uses an embedded H2
 * file database inside the data dir, so a fresh checkout runs with nothing to install.
 */
public record DatabaseSettings(String url, String user, String password) {

  static final String H2_FILE = "db/videnportalen";

  public boolean isPostgreSql() {
    return url.startsWith("jdbc:postgresql:");
  }

  public boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }

  /** Reads the settings from MicroProfile Config as seen by the web application. */
  public static DatabaseSettings fromConfig() {
    Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
    String dataDir = config.getOptionalValue("portal.data.dir", String.class).orElse("./data");
    return of(
        config.getOptionalValue("portal.db.url", String.class),
        config.getOptionalValue("portal.db.user", String.class),
        config.getOptionalValue("portal.db.password", String.class),
        Path.of(dataDir));
  }

  static DatabaseSettings of(
      Optional<String> url, Optional<String> user, Optional<String> password, Path dataDir) {
    String jdbcUrl =
        url.filter(u -> !u.isBlank()).orElseGet(() -> embeddedH2Url(dataDir));
    String defaultUser = jdbcUrl.startsWith("jdbc:h2:") ? "portal" : "";
    return new DatabaseSettings(
        jdbcUrl, user.filter(u -> !u.isBlank()).orElse(defaultUser), password.orElse(""));
  }

  static String embeddedH2Url(Path dataDir) {
    Path file = dataDir.toAbsolutePath().normalize().resolve(H2_FILE);
    return "jdbc:h2:file:" + file;
  }

  /**
   * The PostgreSQL schema named by the URL's {@code currentSchema} parameter, if any. Flyway
   * creates it on first boot, so pointing the portal at an empty database needs only the URL.
   */
  public Optional<String> schema() {
    int q = url.indexOf('?');
    if (!isPostgreSql() || q < 0) {
      return Optional.empty();
    }
    for (String param : url.substring(q + 1).split("&")) {
      if (param.startsWith("currentSchema=") && param.length() > "currentSchema=".length()) {
        return Optional.of(param.substring("currentSchema=".length()).split(",")[0]);
      }
    }
    return Optional.empty();
  }

  /** The URL without credentials or parameters, for logs. */
  public String describe() {
    int q = url.indexOf('?');
    int semi = url.indexOf(';');
    int end = q < 0 ? (semi < 0 ? url.length() : semi) : q;
    return url.substring(0, end);
  }

  @Override
  public String toString() {
    return "DatabaseSettings[" + describe() + ", user=" + user + "]";
  }
}
