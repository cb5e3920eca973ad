package dk.videnportalen.identity;

import dk.videnportalen.identity.audit.AuditLog;
import dk.videnportalen.platform.NotFound;
import dk.videnportalen.platform.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What people do with their own account: see it, change the password, download their data. */
@ApplicationScoped
public class MyAccount {

  static final int MIN_PASSWORD = PasswordHasher.MIN_LENGTH;

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject @Any Instance<PersonalDataSource> sources;

  @Transactional
  public AccountView profile(String username) {
    return AccountView.of(require(username));
  }

  @Transactional
  public void changePassword(String username, char[] current, char[] next) {
    Account a = require(username);
    List<String> problems = new ArrayList<>();
    if (a.getPasswordHash() == null || !hasher.matches(current, a.getPasswordHash())) {
      problems.add("Den nuværende adgangskode er forkert.");
    }
    String n = new String(next);
    if (n.length() < MIN_PASSWORD) {
      problems.add("Den nye adgangskode skal være mindst " + MIN_PASSWORD + " tegn.");
    }
    if (n.toLowerCase().contains(a.getUsername())) {
      problems.add("Den nye adgangskode må ikke indeholde brugernavnet.");
    }
    if (n.equals(new String(current))) {
      problems.add("Vælg en anden adgangskode end den nuværende.");
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailure(problems);
    }
    a.setPasswordHash(hasher.hash(next));
    a.setMustChangePassword(false);
    audit.record("PASSWORD_CHANGED", "account", a.getId(), a.getUsername());
  }

  /** Everything the portal keeps about the person, for download as JSON. */
  @Transactional
  public Map<String, Object> export(String username) {
    Account a = require(username);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("eksporteret", OffsetDateTime.now(ZoneOffset.UTC).toString());
    data.put("konto", AccountView.of(a));
    for (PersonalDataSource s : sources) {
      data.put(s.section(), s.personalData(a));
    }
    data.put("handlinger", audit.find(new AuditLog.Filter(a.getUsername(), null, null, null, null,
        null), 0, 10_000));
    return data;
  }

  private Account require(String username) {
    return accounts.findByUsername(username)
        .orElseThrow(() -> new NotFound("Kontoen findes ikke."));
  }
}
