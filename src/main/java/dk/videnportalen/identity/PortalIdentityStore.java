package dk.videnportalen.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks user names and passwords against the portal's own accounts. Roles become the caller's
 * groups. An unknown user costs as much time as a wrong password, so response times do not tell
 * which user names exist.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject VerifiedCredentials verified;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String username = Account.normaliseUsername(credential.getCaller());
    char[] password = credential.getPassword().getValue();
    Optional<Account> account = username == null || username.isEmpty()
        ? Optional.empty() : accounts.findByUsername(username);
    if (account.isEmpty() || !account.get().isActive() || account.get().getPasswordHash() == null) {
      hasher.spendEquivalentTime(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    Account a = account.get();
    if (!verified.contains(a.getUsername(), password, a.getPasswordHash())) {
      if (!hasher.matches(password, a.getPasswordHash())) {
        return CredentialValidationResult.INVALID_RESULT;
      }
      verified.add(a.getUsername(), password, a.getPasswordHash());
    }
    Set<String> groups = a.getRoles().stream().map(Role::name).collect(Collectors.toSet());
    return new CredentialValidationResult(a.getUsername(), groups);
  }
}
