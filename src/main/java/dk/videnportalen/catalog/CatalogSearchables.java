package dk.videnportalen.catalog;

import dk.videnportalen.search.ItemType;
import dk.videnportalen.search.SearchDocument;
import dk.videnportalen.search.SearchDocument.FileText;
import dk.videnportalen.search.SearchDocument.Visibility;
import dk.videnportalen.search.SearchableItems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

/** Packages and stories as the search index sees them. */
@ApplicationScoped
public class CatalogSearchables implements SearchableItems {

  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

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
    return switch (type) {
      case PACKAGE -> Optional.ofNullable(em.find(LearningPackage.class, id)).map(this::document);
      case STORY -> Optional.ofNullable(em.find(PracticeStory.class, id)).map(this::document);
      default -> Optional.empty();
    };
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

  private SearchDocument document(LearningPackage p) {
    return new SearchDocument(
        p.getId(),
        ItemType.PACKAGE,
        p.getTitle(),
        p.getSummary(),
        p.getThemes().stream().map(Theme::getSlug).toList(),
        p.getThemes().stream().map(Theme::getName).toList(),
        p.getAudience().code(),
        null,
        p.getUpdatedAt().atZoneSameInstant(DANISH_TIME).toLocalDate(),
        CatalogMapper.packageUrl(p.getId()),
        Visibility.PUBLIC,
        p.getUnit() == null ? null : p.getUnit().getName(),
        files(p.getFiles()));
  }

  private SearchDocument document(PracticeStory s) {
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
        s.getThemes().stream().map(Theme::getSlug).toList(),
        s.getThemes().stream().map(Theme::getName).toList(),
        null,
        null,
        date,
        CatalogMapper.storyUrl(s.getId()),
        s.isPublished() ? Visibility.PUBLIC : Visibility.EDITORS,
        text,
        files(s.getFiles()));
  }

  private List<FileText> files(List<Attachment> attachments) {
    List<FileText> files = new ArrayList<>();
    for (Attachment a : attachments) {
      StoredFile stored = a.current().getStoredFile();
      String text = storedFiles.text(stored).orElse("");
      files.add(new FileText(a.getId(), a.displayName(), text));
    }
    return files;
  }

  /** The first sentences of a story's challenge, as its summary in results. */
  static String summaryOf(String challenge) {
    if (challenge == null) {
      return null;
    }
    String s = challenge.strip().replaceAll("\\s+", " ");
    if (s.length() <= 240) {
      return s;
    }
    int cut = s.lastIndexOf(' ', 240);
    return s.substring(0, cut > 120 ? cut : 240) + " …";
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
