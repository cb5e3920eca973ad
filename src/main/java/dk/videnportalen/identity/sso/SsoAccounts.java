package dk.videnportalen.identity.sso;

import dk.videnportalen.identity.Account;
import dk.videnportalen.identity.AccountRepository;
import dk.videnportalen.identity.Role;
import dk.videnportalen.identity.UnitRepository;
import dk.videnportalen.identity.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The account behind a single sign-on identity: found by the provider's subject, created at the
 * first sign-in, and brought up to date (name, e-mail, unit, roles) at every sign-in, since the
 * identity provider is where those facts are maintained.
 */
@ApplicationScoped
public class SsoAccounts {

  @Inject AccountRepository accounts;
  @Inject UnitRepository units;
  @Inject AuditLog audit;

  /** The active account to sign in, or empty if the account exists but is deactivated. */
  @Transactional
  public Optional<String> signIn(ClaimMapping.SsoPerson person) {
    Account account = accounts.findByExternalSubject(person.subject()).orElse(null);
    if (account == null) {
      String username = freeUsername(person.username());
      account = new Account(username, person.displayName(),
          person.roles().orElse(EnumSet.of(Role.STAFF)));
      account.setExternalSubject(person.subject());
      update(account, person);
      accounts.save(account);
      audit.recordAs(account.getUsername(), "ACCOUNT_CREATED_SSO", "account", account.getId(),
          account.getUsername() + " " + account.getRoles());
      return Optional.of(account.getUsername());
    }
    if (!account.isActive()) {
      return Optional.empty();
    }
    update(account, person);
    person.roles().ifPresent(account::setRoles);
    return Optional.of(account.getUsername());
  }

  private void update(Account account, ClaimMapping.SsoPerson person) {
    account.setDisplayName(person.displayName());
    if (person.email() != null) {
      account.setEmail(person.email());
    }
    if (person.unit() != null) {
      account.setUnit(units.findOrCreate(person.unit(), person.unitKind(), null));
    }
  }

  /** The wanted user name, or it with a number if a local account already has it. */
  private String freeUsername(String wanted) {
    String candidate = wanted;
    for (int i = 2; accounts.findByUsername(candidate).isPresent(); i++) {
      candidate = wanted + "-" + i;
    }
    return candidate;
  }
}
