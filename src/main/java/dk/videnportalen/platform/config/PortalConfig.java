package dk.videnportalen.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings the whole portal shares. Each property can be set as an environment variable
 * ({@code PORTAL_DATA_DIR}) or a system property ({@code portal.data.dir}); defaults live in
 * {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class PortalConfig {

  @Inject
  @ConfigProperty(name = "portal.data.dir")
  String dataDir;

  @Inject
  @ConfigProperty(name = "portal.content.dir")
  String contentDir;

  @Inject
  @ConfigProperty(name = "portal.admin.password")
  Optional<String> adminPassword;

  /** Root of everything the portal writes: embedded database, stored originals, search index. */
  public Path dataDir() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }

  /** The folder of starting items imported at boot. */
  public Path contentDir() {
    return Path.of(contentDir).toAbsolutePath().normalize();
  }

  public Optional<String> adminPassword() {
    return adminPassword.filter(p -> !p.isBlank());
  }
}
