package dk.videnportalen.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Accounts in the database. Every method runs in a transaction (joining the caller's). */
@ApplicationScoped
@Transactional
public class AccountRepository {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  public Optional<Account> findByUsername(String username) {
    return em.createQuery("select a from Account a where a.username = :u", Account.class)
        .setParameter("u", Account.normaliseUsername(username))
        .getResultStream()
        .findFirst();
  }

  /** The account with this e-mail address, if exactly one has it (addresses are not unique). */
  public Optional<Account> findByEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    List<Account> found = em.createQuery("select a from Account a where a.email = :e", Account.class)
        .setParameter("e", email.strip().toLowerCase(java.util.Locale.ROOT))
        .setMaxResults(2)
        .getResultList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  public Optional<Account> findByExternalSubject(String subject) {
    return em.createQuery("select a from Account a where a.externalSubject = :s", Account.class)
        .setParameter("s", subject)
        .getResultStream()
        .findFirst();
  }

  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public List<Account> findAll() {
    return em.createQuery("select a from Account a order by a.username", Account.class)
        .getResultList();
  }

  public boolean anyWithRole(Role role) {
    return !em.createQuery(
            "select a.id from Account a join a.roles r where r = :role and a.active = true",
            Long.class)
        .setParameter("role", role)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public Account save(Account account) {
    if (account.getId() == null) {
      em.persist(account);
      em.flush();
      return account;
    }
    return em.merge(account);
  }
}
