package dk.videnportalen.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/** Creating and changing accounts, each in one transaction. */
@ApplicationScoped
public class AccountService {

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;

  /**
   * Creates a local account unless the username is taken.
   *
   * @return {@code true} if the account was created
   */
  @Transactional
  public boolean createIfMissing(String username, String displayName, Set<Role> roles,
      char[] password) {
    if (accounts.findByUsername(username).isPresent()) {
      return false;
    }
    Account account = new Account(username, displayName, roles);
    account.setPasswordHash(hasher.hash(password));
    accounts.save(account);
    return true;
  }
}
