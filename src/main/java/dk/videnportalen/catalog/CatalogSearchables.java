package dk.videnportalen.catalog;

import dk.videnportalen.platform.Texts;
import dk.videnportalen.search.ItemType;
import dk.videnportalen.search.SearchDocument;
import dk.videnportalen.search.SearchDocument.FileText;
import dk.videnportalen.search.SearchDocument.Visibility;
import dk.videnportalen.search.SearchableItems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Packages and stories as the search index sees them. */
@ApplicationScoped
public class CatalogSearchables implements SearchableItems {

  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
  /**
   * Relations a search document reads, fetched for a whole batch at once (IN lists). The to-one
   * relations are loaded with their item either way (no weaving), so they are listed too.
   */
  // EclipseLink's batch-reading hints (QueryHints.BATCH, BATCH_TYPE), by name: its API is the
  // server's, not a compile dependency of ours.
  private static final String BATCH_HINT = "eclipselink.batch";
  private static final String BATCH_TYPE_HINT = "eclipselink.batch.type";
  private static final String BATCH_SIZE_HINT = "eclipselink.batch.size";
  private static final Comparator<Theme> THEME_ORDER =
      Comparator.comparingInt(Theme::getPosition).thenComparing(Theme::getSlug);
  private static final List<String> BATCHED = List.of("i.themes", "i.unit", "i.createdBy",
      "i.files", "i.files.versions", "i.files.versions.storedFile",
      "i.files.versions.uploadedBy");

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject StoredFileRepository storedFiles;

  @Override
  public Set<ItemType> types() {
    return Set.of(ItemType.PACKAGE, ItemType.STORY);
  }

  @Override
  @Transactional
  public Optional<SearchDocument> load(long id, ItemType type) {
    return loadAll(List.of(id), type).stream().findFirst();
  }

  /**
   * Reads the batch's items with their themes, units and files in a handful of queries, whatever
   * the batch's size: one by one, each item cost a transaction and a query per relation, and a
   * rebuild spent three quarters of its time waiting for those round trips.
   */
  @Override
  @Transactional
  public List<SearchDocument> loadAll(List<Long> ids, ItemType type) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return switch (type) {
      case PACKAGE -> {
        List<LearningPackage> packages = batch(LearningPackage.class, ids, "i.origin");
        Map<Long, String> texts = storedFiles.texts(storedFilesOf(
            packages.stream().flatMap(p -> p.getFiles().stream())));
        yield packages.stream().map(p -> document(p, texts)).toList();
      }
      case STORY -> {
        List<PracticeStory> stories = batch(PracticeStory.class, ids);
        Map<Long, String> texts = storedFiles.texts(storedFilesOf(
            stories.stream().flatMap(st -> st.getFiles().stream())));
        yield stories.stream().map(st -> document(st, texts)).toList();
      }
      default -> List.of();
    };
  }

  /** The items with these ids, in id order, with what a search document needs batch-read. */
  private <T extends CatalogItem> List<T> batch(Class<T> entity, List<Long> ids,
      String... morePaths) {
    TypedQuery<T> query = em.createQuery("select i from " + entity.getSimpleName()
        + " i where i.id in :ids order by i.id", entity)
        .setParameter("ids", ids)
        .setHint(BATCH_TYPE_HINT, "IN")
        // One IN query per relation, however many rows it holds: EclipseLink splits larger
        // ones into queries of 500 and then mixes up which rows belong to which item (its
        // issues 1148 and 1998).
        .setHint(BATCH_SIZE_HINT, Integer.MAX_VALUE);
    for (String path : BATCHED) {
      query.setHint(BATCH_HINT, path);
    }
    for (String path : morePaths) {
      query.setHint(BATCH_HINT, path);
    }
    return query.getResultList();
  }

  /**
   * Themes in their curated order. The mapping's ORDER BY holds when a collection is read on its
   * own, not when it is batch-read for many items at once.
   */
  private static Stream<Theme> inOrder(Collection<Theme> themes) {
    return themes.stream().sorted(THEME_ORDER);
  }

  private static List<StoredFile> storedFilesOf(Stream<Attachment> attachments) {
    return attachments.map(a -> a.current().getStoredFile()).toList();
  }

  @Override
  @Transactional
  public LongStream allIds(ItemType type) {
    String entity = type == ItemType.PACKAGE ? "LearningPackage" : "PracticeStory";
    List<Long> ids = em.createQuery("select i.id from " + entity + " i order by i.id", Long.class)
        .getResultList();
    return ids.stream().mapToLong(Long::longValue);
  }

  /**
   * A plain read, joining the caller's transaction if there is one: searches call this for every
   * page of results, and a transaction of its own cost two more round trips to the database
   * (begin and commit) than the query itself.
   */
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<Long> visible(Collection<Long> ids, ItemType type, Set<String> tokens) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    List<Long> found = switch (type) {
      case PACKAGE -> em.createQuery(
              "select p.id from LearningPackage p where p.id in :ids", Long.class)
          .setParameter("ids", ids).getResultList();
      case STORY -> tokens.contains(Visibility.EDITORS.token())
          ? em.createQuery("select s.id from PracticeStory s where s.id in :ids", Long.class)
              .setParameter("ids", ids).getResultList()
          : em.createQuery("select s.id from PracticeStory s where s.id in :ids"
                  + " and s.state = :published", Long.class)
              .setParameter("ids", ids)
              .setParameter("published", StoryState.PUBLISHED)
              .getResultList();
      default -> List.of();
    };
    return new HashSet<>(found);
  }

  private SearchDocument document(LearningPackage p, Map<Long, String> texts) {
    return new SearchDocument(
        p.getId(),
        ItemType.PACKAGE,
        p.getTitle(),
        p.getSummary(),
        inOrder(p.getThemes()).map(Theme::getSlug).toList(),
        inOrder(p.getThemes()).map(Theme::getName).toList(),
        p.getAudience().code(),
        null,
        p.getUpdatedAt().atZoneSameInstant(DANISH_TIME).toLocalDate(),
        CatalogMapper.packageUrl(p.getId()),
        Visibility.PUBLIC,
        p.getUnit() == null ? null : p.getUnit().getName(),
        files(p.getFiles(), texts));
  }

  private SearchDocument document(PracticeStory s, Map<Long, String> texts) {
    String text = String.join("\n\n",
        nonNull(s.getUnit() == null ? null : s.getUnit().getName()),
        nonNull(s.getArea()),
        s.getChallenge(), s.getAction(), s.getOutcome());
    LocalDate date = s.getStoryDate() != null ? s.getStoryDate()
        : s.getCreatedAt().atZoneSameInstant(DANISH_TIME).toLocalDate();
    return new SearchDocument(
        s.getId(),
        ItemType.STORY,
        s.getTitle(),
        summaryOf(s.getChallenge()),
        inOrder(s.getThemes()).map(Theme::getSlug).toList(),
        inOrder(s.getThemes()).map(Theme::getName).toList(),
        null,
        null,
        date,
        CatalogMapper.storyUrl(s.getId()),
        s.isPublished() ? Visibility.PUBLIC : Visibility.EDITORS,
        text,
        files(s.getFiles(), texts));
  }

  private static List<FileText> files(List<Attachment> attachments, Map<Long, String> texts) {
    List<FileText> files = new ArrayList<>();
    for (Attachment a : attachments) {
      String text = texts.getOrDefault(a.current().getStoredFile().getId(), "");
      files.add(new FileText(a.getId(), a.displayName(), text, CatalogMapper.previewUrl(a)));
    }
    return files;
  }

  /** The first sentences of a story's challenge, as its summary in results. */
  static String summaryOf(String challenge) {
    if (challenge == null) {
      return null;
    }
    return Texts.openingAtWord(challenge.strip().replaceAll("\\s+", " "), 240);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
