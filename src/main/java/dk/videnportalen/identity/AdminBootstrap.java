package dk.videnportalen.identity;

import dk.videnportalen.platform.config.PortalConfig;
import dk.videnportalen.platform.persistence.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates the {@code admin} account on first boot. Its password is {@code PORTAL_ADMIN_PASSWORD};
 * without it a random password is generated and written to the log exactly once, since there is
 * no other way for the operator to learn it.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
  static final String ADMIN_USERNAME = "admin";
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int GENERATED_LENGTH = 20;

  @Inject AccountService accounts;
  @Inject PortalConfig config;

  void onSchemaMigrated(@Observes SchemaMigrated event) {
    boolean generated = config.adminPassword().isEmpty();
    String password = config.adminPassword().orElseGet(AdminBootstrap::randomPassword);
    try {
      boolean created = accounts.createIfMissing(ADMIN_USERNAME, "Administrator",
          EnumSet.of(Role.ADMIN, Role.EDITOR), password.toCharArray());
      if (created && generated) {
        LOG.warning("Created the account 'admin' with the generated password " + password
            + " (shown only this once: sign in and change it, or set PORTAL_ADMIN_PASSWORD)");
      } else if (created) {
        LOG.info("Created the account 'admin' with the password from PORTAL_ADMIN_PASSWORD");
      }
    } catch (RuntimeException e) {
      // Typically another node created it first (unique username); either way the portal runs.
      LOG.log(Level.WARNING, "Could not create the admin account: " + e.getMessage(), e);
    }
  }

  static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder(GENERATED_LENGTH);
    for (int i = 0; i < GENERATED_LENGTH; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
