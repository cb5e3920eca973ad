package dk.videnportalen.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The caller of the current request, as Jakarta Security authenticated them. */
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @Inject AccountRepository accounts;

  private Optional<Account> account;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public Optional<String> username() {
    return Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName);
  }

  /**
   * The caller's roles as the database has them now, so a role removed by an administrator
   * counts from the next request, and a deactivated account has none.
   */
  public Set<Role> roles() {
    return account().filter(Account::isActive).map(Account::getRoles)
        .orElseGet(() -> EnumSet.noneOf(Role.class));
  }

  public boolean may(Action action) {
    return PermissionPolicy.allows(roles(), action);
  }

  /** The caller's account, loaded once per request. */
  public Optional<Account> account() {
    if (account == null) {
      account = username().flatMap(accounts::findByUsername);
    }
    return account;
  }
}
