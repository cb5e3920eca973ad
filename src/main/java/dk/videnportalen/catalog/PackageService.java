package dk.videnportalen.catalog;

import dk.videnportalen.catalog.CatalogViews.PackageView;
import dk.videnportalen.catalog.CatalogViews.PageOf;
import dk.videnportalen.identity.Account;
import dk.videnportalen.identity.UnitKind;
import dk.videnportalen.identity.UnitRepository;
import dk.videnportalen.platform.NotFound;
import dk.videnportalen.platform.ValidationFailure;
import dk.videnportalen.search.IndexQueue;
import dk.videnportalen.search.ItemType;
import dk.videnportalen.identity.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Learning packages: create, edit, attach files and new versions, list. Every change commits
 * together with its index-queue entry, or not at all.
 */
@ApplicationScoped
public class PackageService {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject ThemeRepository themes;
  @Inject UnitRepository units;
  @Inject StoredFileRepository storedFiles;
  @Inject IndexQueue index;
  @Inject ItemValidator validator;
  @Inject AuditLog audit;

  @Transactional
  public PackageView create(PackageDraft draft, List<NewFile> files, Account author) {
    LearningPackage p = createEntity(draft, files, author, null);
    return view(p);
  }

  /** Creates a package imported from content/ (matched by its key on later imports). */
  @Transactional(Transactional.TxType.MANDATORY)
  public LearningPackage createEntity(PackageDraft draft, List<NewFile> files, Account author,
      String sourceKey) {
    Audience audience = validate(draft);
    LearningPackage p = new LearningPackage(draft.title().strip());
    apply(p, draft, audience);
    p.setCreatedBy(author);
    p.setSourceKey(sourceKey);
    em.persist(p);
    storedFiles.attachAll(p, files, author);
    em.flush();
    index.itemChanged(p.getId(), ItemType.PACKAGE);
    audit.record("PACKAGE_CREATED", "package", p.getId(), p.getTitle());
    return p;
  }

  /**
   * Validates a draft without saving it, so an upload can be refused before its files are
   * extracted.
   */
  @Transactional
  public void check(PackageDraft draft) {
    validate(draft);
    themes.requireAll(draft.themes());
  }

  @Transactional
  public PackageView update(long id, PackageDraft draft) {
    LearningPackage p = require(id);
    updateEntity(p, draft);
    return view(p);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void updateEntity(LearningPackage p, PackageDraft draft) {
    Audience audience = validate(draft);
    if (draft.adaptedFrom() != null && draft.adaptedFrom() == p.getId().longValue()) {
      throw new ValidationFailure("En pakke kan ikke være en tilpasning af sig selv.");
    }
    apply(p, draft, audience);
    p.touch();
    index.itemChanged(p.getId(), ItemType.PACKAGE);
    audit.record("PACKAGE_CHANGED", "package", p.getId(), p.getTitle());
  }

  /** Attaches new files to a package. */
  @Transactional
  public PackageView addFiles(long id, List<NewFile> files, Account by) {
    LearningPackage p = require(id);
    attachEntity(p, files, by);
    return view(p);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void attachEntity(LearningPackage p, List<NewFile> files, Account by) {
    storedFiles.attachAll(p, files, by);
    p.touch();
    index.itemChanged(p.getId(), ItemType.PACKAGE);
    audit.record("PACKAGE_FILES_ADDED", "package", p.getId(),
        files.stream().map(NewFile::originalName).collect(java.util.stream.Collectors.joining(", ")));
  }

  /** Uploads a new version of one of the package's files; the old versions are kept. */
  @Transactional
  public PackageView addVersion(long id, long attachmentId, NewFile file, Account by) {
    LearningPackage p = require(id);
    addVersionEntity(p, attachmentId, file, by);
    return view(p);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void addVersionEntity(LearningPackage p, long attachmentId, NewFile file, Account by) {
    Attachment a = p.getFiles().stream()
        .filter(f -> f.getId() == attachmentId)
        .findFirst()
        .orElseThrow(() -> new NotFound("Pakken har ingen fil med id " + attachmentId + "."));
    a.addVersion(storedFiles.record(file.content()), file.originalName(), by);
    p.touch();
    index.itemChanged(p.getId(), ItemType.PACKAGE);
    audit.record("PACKAGE_FILE_VERSION", "package", p.getId(), file.originalName());
  }

  @Transactional
  public void delete(long id) {
    LearningPackage p = require(id);
    em.createQuery("update LearningPackage p set p.origin = null where p.origin = :p")
        .setParameter("p", p)
        .executeUpdate();
    em.remove(p);
    index.itemChanged(id, ItemType.PACKAGE);
    audit.record("PACKAGE_DELETED", "package", id, p.getTitle());
  }

  @Transactional
  public Optional<PackageView> find(long id) {
    return Optional.ofNullable(em.find(LearningPackage.class, id)).map(this::view);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<LearningPackage> findBySourceKey(String key) {
    return em.createQuery("select p from LearningPackage p where p.sourceKey = :k",
            LearningPackage.class)
        .setParameter("k", key)
        .getResultStream()
        .findFirst();
  }

  /** Packages, newest first, optionally only those with a theme. */
  @Transactional
  public PageOf<PackageView> list(String themeSlug, int page, int size) {
    String where = themeSlug == null || themeSlug.isBlank()
        ? "" : " where exists (select t from Theme t where t.slug = :theme and t member of p.themes)";
    var count = em.createQuery("select count(p) from LearningPackage p" + where, Long.class);
    var query = em.createQuery(
        "select p from LearningPackage p" + where + " order by p.updatedAt desc, p.id desc",
        LearningPackage.class);
    if (!where.isEmpty()) {
      count.setParameter("theme", themeSlug);
      query.setParameter("theme", themeSlug);
    }
    List<PackageView> items = query.setFirstResult(page * size).setMaxResults(size)
        .getResultList().stream().map(this::view).toList();
    return new PageOf<>(count.getSingleResult(), page, size, items);
  }

  LearningPackage require(long id) {
    LearningPackage p = em.find(LearningPackage.class, id);
    if (p == null) {
      throw new NotFound("Læringspakken " + id + " findes ikke.");
    }
    return p;
  }

  PackageView view(LearningPackage p) {
    List<LearningPackage> adaptations = em.createQuery(
            "select a from LearningPackage a where a.origin = :p order by a.title",
            LearningPackage.class)
        .setParameter("p", p)
        .getResultList();
    return CatalogMapper.toView(p, adaptations);
  }

  private Audience validate(PackageDraft draft) {
    List<String> problems = new ArrayList<>();
    Audience audience = Audience.ALLE;
    if (draft != null && draft.audience() != null && !draft.audience().isBlank()) {
      Optional<Audience> a = Audience.fromCode(draft.audience().strip());
      if (a.isEmpty()) {
        problems.add("Målgruppen „" + draft.audience()
            + "“ findes ikke. Brug dagtilbud, skole, fritid-ungdom, ledere eller alle.");
      } else {
        audience = a.get();
      }
    }
    if (draft != null && draft.adaptedFrom() != null
        && em.find(LearningPackage.class, draft.adaptedFrom()) == null) {
      problems.add("Læringspakken " + draft.adaptedFrom() + ", som pakken er tilpasset fra, findes ikke.");
    }
    validator.check(draft, problems);
    return audience;
  }

  private void apply(LearningPackage p, PackageDraft d, Audience audience) {
    p.setTitle(d.title().strip());
    p.setSummary(blankToNull(d.summary()));
    p.setAudience(audience);
    p.setLanguage(d.language() == null || d.language().isBlank() ? "da" : d.language().strip());
    p.setThemes(themes.requireAll(d.themes()));
    p.setUnit(d.unit() == null || d.unit().isBlank()
        ? null : units.findOrCreate(d.unit(), UnitKind.ADMINISTRATION, null));
    p.setOrigin(d.adaptedFrom() == null ? null : em.find(LearningPackage.class, d.adaptedFrom()));
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
