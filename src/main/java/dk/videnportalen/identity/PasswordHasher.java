package dk.videnportalen.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashes (Jakarta Security's {@link Pbkdf2PasswordHash}), with the iteration
 * count OWASP recommends for HMAC-SHA512. The hash string carries its own parameters, so the
 * count can be raised later without invalidating stored hashes.
 */
@ApplicationScoped
public class PasswordHasher {

  static final int ITERATIONS = 210_000;
  static final int MIN_LENGTH = 10;

  @Inject Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(Map.of(
        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
        "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
        "Pbkdf2PasswordHash.SaltSizeBytes", "32",
        "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String storedHash) {
    return storedHash != null && pbkdf2.verify(password, storedHash);
  }

  /** Does the work of one verification, for callers that must not reveal a missing account. */
  public void spendEquivalentTime(char[] password) {
    String reference = decoy;
    if (reference == null) {
      reference = hash("decoy-password".toCharArray());
      decoy = reference;
    }
    pbkdf2.verify(password, reference);
  }

  private volatile String decoy;
}
