package dk.videnportalen.catalog;

import dk.videnportalen.platform.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The theme taxonomy. */
@ApplicationScoped
@Transactional
public class ThemeRepository {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  public List<Theme> findAll() {
    return em.createQuery("select t from Theme t order by t.position, t.name", Theme.class)
        .getResultList();
  }

  public Optional<Theme> findBySlug(String slug) {
    return em.createQuery("select t from Theme t where t.slug = :s", Theme.class)
        .setParameter("s", slug)
        .getResultStream()
        .findFirst();
  }

  /**
   * The themes with these slugs, in the given order.
   *
   * @throws ValidationFailure naming every slug that is not in the taxonomy
   */
  public Set<Theme> requireAll(Collection<String> slugs) {
    if (slugs == null || slugs.isEmpty()) {
      return new LinkedHashSet<>();
    }
    Map<String, Theme> found = em.createQuery("select t from Theme t where t.slug in :s", Theme.class)
        .setParameter("s", List.copyOf(slugs))
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Theme::getSlug, Function.identity()));
    List<String> problems = new ArrayList<>();
    Set<Theme> themes = new LinkedHashSet<>();
    for (String slug : slugs) {
      Theme t = found.get(slug);
      if (t == null) {
        problems.add("Temaet „" + slug + "“ findes ikke.");
      } else {
        themes.add(t);
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailure(problems);
    }
    return themes;
  }

  public void save(Theme theme) {
    if (theme.getId() == null) {
      em.persist(theme);
    } else {
      em.merge(theme);
    }
  }
}
