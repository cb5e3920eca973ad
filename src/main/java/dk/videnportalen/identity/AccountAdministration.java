package dk.videnportalen.identity;

import dk.videnportalen.identity.audit.AuditLog;
import dk.videnportalen.platform.NotFound;
import dk.videnportalen.platform.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What administrators do with accounts: invite (with a one-time password the person must change),
 * assign roles, deactivate, reset passwords, and anonymise or delete former staff. Every change is
 * audited in the same transaction.
 */
@ApplicationScoped
public class AccountAdministration {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject AccountRepository accounts;
  @Inject UnitRepository units;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;

  /** A new account with the one-time password to hand to its owner. */
  public record Invitation(AccountView account, String temporaryPassword) {}

  /** What an administrator fills in to invite someone. */
  public record InviteRequest(String username, String displayName, String email, String unit,
      String unitKind, List<String> roles) {}

  @Transactional
  public List<AccountView> list() {
    return accounts.findAll().stream().map(AccountView::of).toList();
  }

  @Transactional
  public Invitation invite(InviteRequest r) {
    List<String> problems = new ArrayList<>();
    String username = Account.normaliseUsername(r.username());
    if (username == null || !username.matches("[a-z0-9][a-z0-9._@-]{1,99}")) {
      problems.add("Brugernavnet skal være 2–100 tegn: små bogstaver, tal, punktum, bindestreg eller @.");
    } else if (accounts.findByUsername(username).isPresent() || username.startsWith("tidligere-")) {
      problems.add("Brugernavnet „" + username + "“ er optaget.");
    }
    if (r.displayName() == null || r.displayName().isBlank() || r.displayName().length() > 200) {
      problems.add("Skriv personens navn (højst 200 tegn).");
    }
    if (r.email() != null && !r.email().isBlank() && !r.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add("E-mailadressen ser ikke rigtig ud.");
    }
    Set<Role> roles = roles(r.roles(), problems);
    UnitKind kind = unitKind(r.unitKind(), problems);
    if (!problems.isEmpty()) {
      throw new ValidationFailure(problems);
    }
    Account a = new Account(username, r.displayName().strip(), roles.isEmpty() ? EnumSet.of(Role.STAFF) : roles);
    a.setEmail(r.email());
    if (r.unit() != null && !r.unit().isBlank()) {
      a.setUnit(units.findOrCreate(r.unit(), kind, null));
    }
    String password = AdminBootstrap.randomPassword();
    a.setPasswordHash(hasher.hash(password.toCharArray()));
    a.setMustChangePassword(true);
    accounts.save(a);
    audit.record("ACCOUNT_INVITED", "account", a.getId(), a.getUsername() + " " + a.getRoles());
    return new Invitation(AccountView.of(a), password);
  }

  @Transactional
  public AccountView setRoles(long id, List<String> roleNames) {
    List<String> problems = new ArrayList<>();
    Set<Role> roles = roles(roleNames, problems);
    if (!problems.isEmpty()) {
      throw new ValidationFailure(problems);
    }
    Account a = require(id);
    if (a.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      keepOneAdmin(a);
    }
    a.setRoles(roles);
    audit.record("ACCOUNT_ROLES_CHANGED", "account", id, a.getUsername() + " " + roles);
    return AccountView.of(a);
  }

  /** Moves an account to a unit (created if new); a blank name removes the unit. */
  @Transactional
  public AccountView setUnit(long id, String unit, String unitKind) {
    List<String> problems = new ArrayList<>();
    UnitKind kind = unitKind(unitKind, problems);
    if (unit != null && unit.strip().length() > 200) {
      problems.add("Enhedens navn må højst være 200 tegn.");
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailure(problems);
    }
    Account a = require(id);
    if (a.isAnonymised()) {
      throw new ValidationFailure("En anonymiseret konto kan ikke ændres.");
    }
    a.setUnit(unit == null || unit.isBlank() ? null : units.findOrCreate(unit, kind, null));
    audit.record("ACCOUNT_UNIT_CHANGED", "account", id,
        a.getUsername() + " " + (a.getUnit() == null ? "-" : a.getUnit().getName()));
    return AccountView.of(a);
  }

  @Transactional
  public AccountView setActive(long id, boolean active) {
    Account a = require(id);
    if (a.isAnonymised()) {
      throw new ValidationFailure("En anonymiseret konto kan ikke genåbnes.");
    }
    if (!active && a.hasRole(Role.ADMIN)) {
      keepOneAdmin(a);
    }
    a.setActive(active);
    audit.record(active ? "ACCOUNT_ACTIVATED" : "ACCOUNT_DEACTIVATED", "account", id, a.getUsername());
    return AccountView.of(a);
  }

  @Transactional
  public Invitation resetPassword(long id) {
    Account a = require(id);
    if (a.isAnonymised()) {
      throw new ValidationFailure("En anonymiseret konto har ingen adgangskode.");
    }
    String password = AdminBootstrap.randomPassword();
    a.setPasswordHash(hasher.hash(password.toCharArray()));
    a.setMustChangePassword(true);
    audit.record("PASSWORD_RESET", "account", id, a.getUsername());
    return new Invitation(AccountView.of(a), password);
  }

  /** Removes the person's identifying data; what they wrote stays, as a former employee's. */
  @Transactional
  public AccountView anonymise(long id) {
    Account a = require(id);
    if (a.hasRole(Role.ADMIN)) {
      keepOneAdmin(a);
    }
    String before = a.getUsername();
    a.anonymise();
    audit.renameActor(before, a.getUsername());
    audit.record("ACCOUNT_ANONYMISED", "account", id, a.getUsername());
    return AccountView.of(a);
  }

  /**
   * Deletes an account that never created anything; one with content or history is anonymised
   * instead, so the content keeps its (anonymous) author.
   *
   * @return true if deleted, false if anonymised
   */
  @Transactional
  public boolean delete(long id) {
    Account a = require(id);
    long authored = em.createQuery("select count(p) from LearningPackage p where p.createdBy = :a", Long.class)
        .setParameter("a", a).getSingleResult()
        + em.createQuery("select count(s) from PracticeStory s where s.createdBy = :a", Long.class)
        .setParameter("a", a).getSingleResult()
        + em.createQuery("select count(e) from AuditEvent e where e.actor = :u", Long.class)
        .setParameter("u", a.getUsername()).getSingleResult();
    if (authored > 0) {
      anonymise(id);
      return false;
    }
    if (a.hasRole(Role.ADMIN)) {
      keepOneAdmin(a);
    }
    em.remove(a);
    audit.record("ACCOUNT_DELETED", "account", id, null);
    return true;
  }

  private void keepOneAdmin(Account leaving) {
    long others = em.createQuery("select count(a) from Account a join a.roles r where r = :admin "
            + "and a.active = true and a.id <> :id", Long.class)
        .setParameter("admin", Role.ADMIN)
        .setParameter("id", leaving.getId())
        .getSingleResult();
    if (others == 0) {
      throw new ValidationFailure("Portalen skal have mindst én aktiv administrator.");
    }
  }

  private Account require(long id) {
    return accounts.find(id).orElseThrow(() -> new NotFound("Kontoen " + id + " findes ikke."));
  }

  private static Set<Role> roles(List<String> names, List<String> problems) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names != null) {
      for (String n : names) {
        try {
          roles.add(Role.valueOf(n.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
          problems.add("Rollen „" + n + "“ findes ikke. Brug STAFF, LEADER, EDITOR eller ADMIN.");
        }
      }
    }
    return roles;
  }

  private static UnitKind unitKind(String kind, List<String> problems) {
    if (kind == null || kind.isBlank()) {
      return UnitKind.ADMINISTRATION;
    }
    try {
      return UnitKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add("Enhedstypen „" + kind + "“ findes ikke.");
      return UnitKind.ADMINISTRATION;
    }
  }
}
