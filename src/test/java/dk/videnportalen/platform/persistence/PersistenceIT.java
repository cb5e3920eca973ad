package dk.videnportalen.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.identity.Account;
import dk.videnportalen.identity.AccountRepository;
import dk.videnportalen.identity.AccountService;
import dk.videnportalen.identity.Role;
import dk.videnportalen.testing.InContainer;
import dk.videnportalen.testing.InContainerDeployment;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.util.EnumSet;
import java.util.UUID;
import javax.sql.DataSource;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The persistence layer inside Payara, on whichever database the Arquillian container uses: run
 * once on the embedded H2 and once on the real PostgreSQL (see the failsafe executions).
 */
@InContainer
class PersistenceIT {

  @Deployment
  static WebArchive deployment() {
    return InContainerDeployment.of(PersistenceIT.class);
  }

  @Inject SchemaState schema;
  @Inject AccountRepository accounts;
  @Inject AccountService accountService;
  @Inject UserTransaction tx;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  @Test
  void flywayMigratedTheSchemaAtBoot() throws Exception {
    assertTrue(schema.isMigrated(), () -> "not migrated: " + schema.problem());
    assertTrue(Integer.parseInt(schema.version()) >= 1);
    try (Connection c = dataSource.getConnection();
        var rs = c.createStatement().executeQuery(
            "select count(*) from \"flyway_schema_history\" where \"success\" = true")) {
      rs.next();
      assertTrue(rs.getInt(1) >= 1);
    }
  }

  @Test
  void adminAccountWasCreatedOnFirstBoot() {
    Account admin = accounts.findByUsername("admin").orElseThrow();
    assertTrue(admin.hasRole(Role.ADMIN));
    assertTrue(admin.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:"),
        "stored as a PBKDF2 hash, never in clear");
  }

  @Test
  void accountRoundTripKeepsDanishLettersAndRoles() throws Exception {
    String username = "aase-" + UUID.randomUUID();
    tx.begin();
    Account account = new Account(username, "Åse Ærø Østergård", EnumSet.of(Role.STAFF, Role.LEADER));
    account.setEmail(username + "@example.dk");
    accounts.save(account);
    tx.commit();

    em.clear();
    Account loaded = accounts.findByUsername(username.toUpperCase()).orElseThrow();
    assertEquals("Åse Ærø Østergård", loaded.getDisplayName());
    assertEquals(EnumSet.of(Role.STAFF, Role.LEADER), loaded.getRoles());
    assertTrue(loaded.getId() > 0);
  }

  @Test
  void aRolledBackTransactionLeavesNothingBehind() throws Exception {
    String username = "rollback-" + UUID.randomUUID();
    tx.begin();
    accounts.save(new Account(username, "Midlertidig", EnumSet.of(Role.STAFF)));
    tx.rollback();
    assertFalse(accounts.findByUsername(username).isPresent());
  }

  @Test
  void aDuplicateUsernameIsRefusedWithoutHalfWrittenRows() throws Exception {
    String username = "dup-" + UUID.randomUUID();
    assertTrue(accountService.createIfMissing(username, "Første", EnumSet.of(Role.STAFF),
        "et-langt-kodeord".toCharArray()));
    long before = countAccounts();

    tx.begin();
    accounts.save(new Account(username + "-ok", "Anden", EnumSet.of(Role.STAFF)));
    assertThrows(RuntimeException.class,
        () -> accounts.save(new Account(username, "Dublet", EnumSet.of(Role.EDITOR))));
    tx.rollback();

    assertEquals(before, countAccounts(), "the whole transaction was undone");
    assertEquals("Første", accounts.findByUsername(username).orElseThrow().getDisplayName());
  }

  private long countAccounts() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }
}
