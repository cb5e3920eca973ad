package dk.videnportalen.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers, for a few minutes, that a password matched an account's stored hash, so that API
 * clients sending HTTP Basic on every request do not pay a deliberately slow PBKDF2 check each
 * time. The key includes the stored hash: a changed password can never match an old entry, and
 * whether the account is active is still read from the database on every request. Per node by
 * design; two nodes can only differ in how fast they answer, never in what.
 */
@ApplicationScoped
public class VerifiedCredentials {

  private static final Duration TTL = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  private final Map<String, Long> expiries = new LinkedHashMap<>(256, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  synchronized boolean contains(String username, char[] password, String storedHash) {
    String key = key(username, password, storedHash);
    Long expiry = expiries.get(key);
    if (expiry == null) {
      return false;
    }
    if (expiry < System.nanoTime()) {
      expiries.remove(key);
      return false;
    }
    return true;
  }

  synchronized void add(String username, char[] password, String storedHash) {
    expiries.put(key(username, password, storedHash), System.nanoTime() + TTL.toNanos());
  }

  /** Forgets everything, e.g. after an account's password or roles changed. */
  public synchronized void clear() {
    expiries.clear();
  }

  private static String key(String username, char[] password, String storedHash) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(username.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
