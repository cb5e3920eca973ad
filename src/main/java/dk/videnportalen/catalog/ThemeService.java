package dk.videnportalen.catalog;

import dk.videnportalen.catalog.CatalogViews.ThemeView;
import dk.videnportalen.platform.ValidationFailure;
import dk.videnportalen.identity.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The theme taxonomy: loaded from content/ at boot and edited by editors afterwards. */
@ApplicationScoped
public class ThemeService {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject ThemeRepository themes;
  @Inject ItemValidator validator;
  @Inject AuditLog audit;

  /** What an editor supplies for a theme. */
  public record ThemeDraft(
      @NotBlank(message = "Temaets navn skal udfyldes.")
      @Size(max = 200, message = "Navnet må højst være {max} tegn.")
      String name,
      @Size(max = 2000, message = "Beskrivelsen må højst være {max} tegn.")
      String description,
      String kind,
      Integer position) {}

  @Transactional
  public List<ThemeView> list() {
    Map<Long, Long> packages = counts(
        "select t.id, count(p) from LearningPackage p join p.themes t group by t.id");
    Map<Long, Long> stories = counts("select t.id, count(s) from PracticeStory s join s.themes t "
        + "where s.state = dk.videnportalen.catalog.StoryState.PUBLISHED group by t.id");
    return themes.findAll().stream()
        .map(t -> view(t, packages.getOrDefault(t.getId(), 0L), stories.getOrDefault(t.getId(), 0L)))
        .toList();
  }

  @Transactional
  public Optional<ThemeView> find(String slug) {
    return list().stream().filter(t -> t.slug().equals(slug)).findFirst();
  }

  /** Creates the theme or changes it. */
  @Transactional
  public ThemeView save(String slug, ThemeDraft draft) {
    List<String> problems = new ArrayList<>();
    if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
      problems.add("Temaets kortnavn må kun indeholde små bogstaver a–z, tal og bindestreger.");
    }
    ThemeKind kind = ThemeKind.THEME;
    if (draft.kind() != null && !draft.kind().isBlank()) {
      try {
        kind = ThemeKind.fromCode(draft.kind());
      } catch (IllegalArgumentException e) {
        problems.add("Temaarten skal være „tema“ eller „soejle“.");
      }
    }
    validator.check(draft, problems);
    Theme theme = themes.findBySlug(slug).orElse(null);
    int position = draft.position() != null ? draft.position()
        : theme != null ? theme.getPosition() : themes.findAll().size();
    if (theme == null) {
      theme = new Theme(slug, draft.name().strip(), blank(draft.description()), kind, position);
      themes.save(theme);
    } else {
      theme.setName(draft.name().strip());
      theme.setDescription(blank(draft.description()));
      theme.setKind(kind);
      theme.setPosition(position);
    }
    em.flush();
    audit.record("THEME_SAVED", "theme", theme.getId(), slug + ": " + theme.getName());
    return view(theme, 0, 0);
  }

  private Map<Long, Long> counts(String jpql) {
    Map<Long, Long> result = new HashMap<>();
    for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
      result.put((Long) row[0], (Long) row[1]);
    }
    return result;
  }

  private static ThemeView view(Theme t, long packages, long stories) {
    return new ThemeView(t.getSlug(), t.getName(), t.getKind().code(), t.getDescription(),
        t.getPosition(), packages, stories);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
