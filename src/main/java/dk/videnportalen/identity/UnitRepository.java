package dk.videnportalen.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Organisational units, found by name. */
@ApplicationScoped
@Transactional
public class UnitRepository {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  public Optional<Unit> findByName(String name) {
    return em.createQuery("select u from Unit u where u.name = :n", Unit.class)
        .setParameter("n", name.strip())
        .getResultStream()
        .findFirst();
  }

  public List<Unit> findAll() {
    return em.createQuery("select u from Unit u order by u.name", Unit.class).getResultList();
  }

  /** The unit with this name, created with the given kind if it does not exist yet. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Unit findOrCreate(String name, UnitKind kind, String area) {
    return findByName(name).orElseGet(() -> {
      Unit unit = new Unit(name.strip(), kind, area);
      em.persist(unit);
      return unit;
    });
  }
}
