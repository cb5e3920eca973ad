package dk.videnportalen.catalog;

import dk.videnportalen.catalog.CatalogViews.PageOf;
import dk.videnportalen.catalog.CatalogViews.StoryView;
import dk.videnportalen.identity.Account;
import dk.videnportalen.identity.UnitKind;
import dk.videnportalen.identity.UnitRepository;
import dk.videnportalen.platform.NotFound;
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
 * Practice stories. A story written in the portal starts as a draft that only editors and its
 * author see; publishing it makes it visible and findable.
 */
@ApplicationScoped
public class StoryService {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject ThemeRepository themes;
  @Inject UnitRepository units;
  @Inject StoredFileRepository storedFiles;
  @Inject IndexQueue index;
  @Inject ItemValidator validator;
  @Inject AuditLog audit;

  @Transactional
  public StoryView create(StoryDraft draft, List<NewFile> files, Account author) {
    return CatalogMapper.toView(createEntity(draft, files, author, null, false));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public PracticeStory createEntity(StoryDraft draft, List<NewFile> files, Account author,
      String sourceKey, boolean published) {
    UnitKind kind = validate(draft);
    PracticeStory s = new PracticeStory(draft.title().strip(), draft.challenge().strip(),
        draft.action().strip(), draft.outcome().strip());
    apply(s, draft, kind);
    s.setCreatedBy(author);
    s.setSourceKey(sourceKey);
    if (published) {
      s.publish();
    }
    em.persist(s);
    storedFiles.attachAll(s, files, author);
    em.flush();
    index.itemChanged(s.getId(), ItemType.STORY);
    audit.record(published ? "STORY_PUBLISHED" : "STORY_CREATED", "story", s.getId(), s.getTitle());
    return s;
  }

  /** Validates a draft without saving it. */
  @Transactional
  public void check(StoryDraft draft) {
    validate(draft);
    themes.requireAll(draft.themes());
  }

  @Transactional
  public StoryView update(long id, StoryDraft draft) {
    PracticeStory s = require(id);
    updateEntity(s, draft);
    return CatalogMapper.toView(s);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void updateEntity(PracticeStory s, StoryDraft draft) {
    UnitKind kind = validate(draft);
    s.setTitle(draft.title().strip());
    s.setChallenge(draft.challenge().strip());
    s.setAction(draft.action().strip());
    s.setOutcome(draft.outcome().strip());
    apply(s, draft, kind);
    s.touch();
    index.itemChanged(s.getId(), ItemType.STORY);
    audit.record("STORY_CHANGED", "story", s.getId(), s.getTitle());
  }

  @Transactional
  public StoryView addFiles(long id, List<NewFile> files, Account by) {
    PracticeStory s = require(id);
    attachEntity(s, files, by);
    return CatalogMapper.toView(s);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void attachEntity(PracticeStory s, List<NewFile> files, Account by) {
    storedFiles.attachAll(s, files, by);
    s.touch();
    index.itemChanged(s.getId(), ItemType.STORY);
    audit.record("STORY_FILES_ADDED", "story", s.getId(),
        files.stream().map(NewFile::originalName).collect(java.util.stream.Collectors.joining(", ")));
  }

  /** Uploads a new version of one of the story's files. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void addVersionEntity(PracticeStory s, Attachment a, NewFile file, Account by) {
    a.addVersion(storedFiles.record(file.content()), file.originalName(), by);
    s.touch();
    index.itemChanged(s.getId(), ItemType.STORY);
    audit.record("STORY_FILE_VERSION", "story", s.getId(), file.originalName());
  }

  @Transactional
  public StoryView publish(long id) {
    PracticeStory s = require(id);
    s.publish();
    index.itemChanged(s.getId(), ItemType.STORY);
    audit.record("STORY_PUBLISHED", "story", s.getId(), s.getTitle());
    return CatalogMapper.toView(s);
  }

  @Transactional
  public StoryView unpublish(long id) {
    PracticeStory s = require(id);
    s.unpublish();
    index.itemChanged(s.getId(), ItemType.STORY);
    audit.record("STORY_UNPUBLISHED", "story", s.getId(), s.getTitle());
    return CatalogMapper.toView(s);
  }

  @Transactional
  public void delete(long id) {
    PracticeStory s = require(id);
    em.remove(s);
    index.itemChanged(id, ItemType.STORY);
    audit.record("STORY_DELETED", "story", id, s.getTitle());
  }

  @Transactional
  public Optional<StoryView> find(long id) {
    return Optional.ofNullable(em.find(PracticeStory.class, id)).map(CatalogMapper::toView);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<PracticeStory> findBySourceKey(String key) {
    return em.createQuery("select s from PracticeStory s where s.sourceKey = :k", PracticeStory.class)
        .setParameter("k", key)
        .getResultStream()
        .findFirst();
  }

  /**
   * Stories, newest first.
   *
   * @param includeDrafts whether drafts are listed too (editors only)
   */
  @Transactional
  public PageOf<StoryView> list(String themeSlug, boolean includeDrafts, int page, int size) {
    List<String> conditions = new ArrayList<>();
    if (!includeDrafts) {
      conditions.add("s.state = dk.videnportalen.catalog.StoryState.PUBLISHED");
    }
    boolean byTheme = themeSlug != null && !themeSlug.isBlank();
    if (byTheme) {
      conditions.add("exists (select t from Theme t where t.slug = :theme and t member of s.themes)");
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    var count = em.createQuery("select count(s) from PracticeStory s" + where, Long.class);
    var query = em.createQuery("select s from PracticeStory s" + where
        + " order by s.storyDate desc, s.updatedAt desc, s.id desc", PracticeStory.class);
    if (byTheme) {
      count.setParameter("theme", themeSlug);
      query.setParameter("theme", themeSlug);
    }
    List<StoryView> items = query.setFirstResult(page * size).setMaxResults(size)
        .getResultList().stream().map(CatalogMapper::toView).toList();
    return new PageOf<>(count.getSingleResult(), page, size, items);
  }

  PracticeStory require(long id) {
    PracticeStory s = em.find(PracticeStory.class, id);
    if (s == null) {
      throw new NotFound("Praksisfortællingen " + id + " findes ikke.");
    }
    return s;
  }

  private UnitKind validate(StoryDraft draft) {
    List<String> problems = new ArrayList<>();
    UnitKind kind = UnitKind.ADMINISTRATION;
    if (draft != null && draft.unitKind() != null && !draft.unitKind().isBlank()) {
      try {
        kind = UnitKind.valueOf(draft.unitKind().strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("Enhedstypen „" + draft.unitKind()
            + "“ findes ikke. Brug SCHOOL, DAYCARE, YOUTH_CLUB eller ADMINISTRATION.");
      }
    }
    validator.check(draft, problems);
    return kind;
  }

  private void apply(PracticeStory s, StoryDraft d, UnitKind kind) {
    s.setArea(PackageService.blankToNull(d.area()));
    s.setStoryDate(d.date());
    s.setThemes(themes.requireAll(d.themes()));
    s.setUnit(d.unit() == null || d.unit().isBlank() ? null : units.findOrCreate(d.unit(), kind, d.area()));
  }
}
