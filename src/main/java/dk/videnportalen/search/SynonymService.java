package dk.videnportalen.search;

import dk.videnportalen.platform.ValidationFailure;
import dk.videnportalen.platform.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The synonym list editors maintain: stored in the database (so every node has the same list),
 * checked before it is saved, and swapped into the query analyzer without a restart. Each node
 * notices a change made on another node within a few seconds. On first boot the list starts with
 * the portal's bundled synonyms, which editors may then change like any other.
 */
@ApplicationScoped
public class SynonymService {

  private static final Logger LOG = Logger.getLogger(SynonymService.class.getName());
  static final int MAX_RULES = 2000;
  private static final String BUNDLED = "/dk/videnportalen/search/analysis/synonyms.txt";

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject SearchAnalyzers analyzers;
  @Inject SynonymService self;
  @Inject dk.videnportalen.identity.audit.AuditLog audit;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  private volatile String loadedVersion;
  private ScheduledFuture<?> watcher;

  void onSchemaMigrated(@Observes SchemaMigrated event) {
    try {
      self.seedIfEmpty();
      reload();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not load the synonyms; using the bundled ones", e);
    }
    watcher = scheduler.scheduleWithFixedDelay(this::reloadQuietly, 5, 5, TimeUnit.SECONDS);
  }

  /** The current rules, one per line. */
  @Transactional
  public List<String> rules() {
    return em.createQuery("select s.terms from Synonym s order by s.id", String.class).getResultList();
  }

  /**
   * Replaces the whole list. Blank lines and # comments are dropped.
   *
   * @throws ValidationFailure naming the line that does not parse
   */
  public List<String> replace(String text) {
    List<String> rules = new ArrayList<>();
    for (String line : (text == null ? "" : text).split("\\R")) {
      String rule = line.strip();
      if (!rule.isEmpty() && !rule.startsWith("#")) {
        if (rule.length() > 1000) {
          throw new ValidationFailure("En regel må højst være 1000 tegn: „" + rule.substring(0, 40) + "…“");
        }
        rules.add(rule);
      }
    }
    if (rules.size() > MAX_RULES) {
      throw new ValidationFailure("Højst " + MAX_RULES + " synonymregler.");
    }
    check(rules);
    self.store(rules);
    reload();
    return rules;
  }

  @Transactional
  public void store(List<String> rules) {
    em.createQuery("delete from Synonym").executeUpdate();
    rules.forEach(r -> em.persist(new Synonym(r)));
    audit.record("SYNONYMS_SAVED", "synonyms", null, rules.size() + " regler");
  }

  @Transactional
  public void seedIfEmpty() {
    long count = em.createQuery("select count(s) from Synonym s", Long.class).getSingleResult();
    if (count > 0) {
      return;
    }
    for (String line : bundled().split("\\R")) {
      String rule = line.strip();
      if (!rule.isEmpty() && !rule.startsWith("#")) {
        em.persist(new Synonym(rule));
      }
    }
  }

  private void check(List<String> rules) {
    for (int i = 0; i < rules.size(); i++) {
      try {
        analyzers.portal().parseSynonyms(rules.get(i));
      } catch (ParseException | RuntimeException e) {
        throw new ValidationFailure("Regel " + (i + 1) + " („" + rules.get(i)
            + "“) kan ikke bruges. Skriv ord adskilt af komma, evt. med => (fx „a, b“ eller "
            + "„a => a, b“), og undgå småord som „og“ og „i“.");
      }
    }
  }

  private void reloadQuietly() {
    try {
      reload();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Synonym reload failed; retrying", e);
    }
  }

  /** Swaps the analyzer's synonyms if the stored list changed since the last load. */
  void reload() {
    String version = self.version();
    if (Objects.equals(version, loadedVersion)) {
      return;
    }
    List<String> rules = rules();
    try {
      analyzers.synonyms().replace(analyzers.portal().parseSynonyms(String.join("\n", rules)));
      loadedVersion = version;
      LOG.info(() -> "Loaded " + rules.size() + " synonym rules");
    } catch (ParseException e) {
      LOG.log(Level.WARNING, "The stored synonyms do not parse; keeping the previous ones", e);
      loadedVersion = version;
    }
  }

  @Transactional
  public String version() {
    Object[] row = em.createQuery("select count(s), max(s.updatedAt), max(s.id) from Synonym s",
        Object[].class).getSingleResult();
    return row[0] + "|" + row[1] + "|" + row[2];
  }

  private static String bundled() {
    try (InputStream in = SynonymService.class.getResourceAsStream(BUNDLED)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PreDestroy
  void stop() {
    if (watcher != null) {
      watcher.cancel(false);
    }
  }
}
