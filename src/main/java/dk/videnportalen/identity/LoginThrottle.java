package dk.videnportalen.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Slows password guessing. After {@value #ACCOUNT_LIMIT} failed sign-ins to one account within
 * {@link #WINDOW}, that account refuses every attempt for {@link #LOCK}; this is checked before the
 * (deliberately slow) password hash is computed. After {@value #ADDRESS_LIMIT} failures from one
 * address, each further failure from it is answered only after a growing delay: an address is
 * not locked, because many colleagues (or a proxy) may share it. Counted in the database, so every
 * node sees the same counts. Failures are logged with the account name and address, never the
 * password.
 */
@ApplicationScoped
public class LoginThrottle {

  private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
  static final int ACCOUNT_LIMIT = 5;
  static final int ADDRESS_LIMIT = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCK = Duration.ofMinutes(15);
  static final Duration MAX_DELAY = Duration.ofSeconds(3);

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /** How long the account's owner must wait, if it is locked. */
  @Transactional
  public Optional<Duration> lockedFor(String username) {
    OffsetDateTime now = now();
    Counter c = em.find(Counter.class, accountKey(username));
    if (c != null && c.lockedUntil != null && c.lockedUntil.isAfter(now)) {
      return Optional.of(Duration.between(now, c.lockedUntil));
    }
    return Optional.empty();
  }

  /**
   * Counts a failure.
   *
   * @return how long to hold back the answer, growing with the address's failures beyond the limit
   */
  @Transactional
  public Duration failed(String username, String address) {
    OffsetDateTime now = now();
    int accountFailures = count(accountKey(username), ACCOUNT_LIMIT, now);
    int addressFailures = count(addressKey(address), Integer.MAX_VALUE, now);
    LOG.warning(() -> "Failed sign-in for account '" + printable(username) + "' from " + address
        + " (" + accountFailures + " for the account, " + addressFailures
        + " from the address in " + WINDOW.toMinutes() + " min)");
    int beyond = addressFailures - ADDRESS_LIMIT;
    return beyond <= 0 ? Duration.ZERO
        : Duration.ofMillis(Math.min(MAX_DELAY.toMillis(), 250L * beyond));
  }

  @Transactional
  public void succeeded(String username) {
    Counter c = em.find(Counter.class, accountKey(username));
    if (c != null) {
      em.remove(c);
    }
  }

  private int count(String key, int limit, OffsetDateTime now) {
    Counter c = em.find(Counter.class, key);
    if (c == null) {
      c = new Counter(key, now);
      em.persist(c);
    } else if (c.windowStart.plus(WINDOW).isBefore(now)) {
      c.failures = 0;
      c.windowStart = now;
      c.lockedUntil = null;
    }
    c.failures++;
    if (c.failures >= limit) {
      c.lockedUntil = now.plus(LOCK);
      LOG.warning("Sign-in locked for " + LOCK.toMinutes() + " min: " + printable(key));
    }
    return c.failures;
  }

  static String accountKey(String username) {
    String u = Account.normaliseUsername(username == null ? "" : username);
    return "account:" + (u.length() > 100 ? u.substring(0, 100) : u);
  }

  static String addressKey(String address) {
    return "address:" + (address == null ? "unknown" : address);
  }

  /** Log-safe: no line breaks or control characters an attacker could use to forge log lines. */
  static String printable(String s) {
    String v = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
    return v.length() > 100 ? v.substring(0, 100) + "…" : v;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** One counter row. */
  @Entity
  @Table(name = "login_throttle")
  public static class Counter {
    @Id
    @Column(name = "throttle_key", length = 300)
    String key;

    @Column(nullable = false)
    int failures;

    @Column(name = "window_start", nullable = false)
    OffsetDateTime windowStart;

    @Column(name = "locked_until")
    OffsetDateTime lockedUntil;

    @Version long version;

    protected Counter() {}

    Counter(String key, OffsetDateTime windowStart) {
      this.key = key;
      this.windowStart = windowStart;
    }
  }
}
