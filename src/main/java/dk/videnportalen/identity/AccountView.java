package dk.videnportalen.identity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An account as pages and the API show it: never its password hash. Serializable because the
 * admin page keeps the list in its view, which lives in the (replicable) session.
 */
public record AccountView(long id, String username, String displayName, String email,
    String unit, List<String> roles, boolean active, boolean anonymised,
    boolean mustChangePassword, OffsetDateTime createdAt) implements Serializable {

  static AccountView of(Account a) {
    return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(),
        a.getUnit() == null ? null : a.getUnit().getName(),
        a.getRoles().stream().map(Role::name).sorted().toList(), a.isActive(), a.isAnonymised(),
        a.isMustChangePassword(), a.getCreatedAt());
  }
}
