package dk.videnportalen.catalog;

import dk.videnportalen.identity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored files and their extracted text. */
@ApplicationScoped
@Transactional
public class StoredFileRepository {

  /** Ids per IN list: well below what any database's driver or planner minds. */
  private static final int MAX_IN_LIST = 500;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  public Optional<StoredFile> findBySha(String sha256) {
    return em.createQuery("select f from StoredFile f where f.sha256 = :s", StoredFile.class)
        .setParameter("s", sha256)
        .getResultStream()
        .findFirst();
  }

  /**
   * The extracted texts of these stored files by file id, read in a few queries rather than one
   * per file; a file without text is left out.
   */
  public Map<Long, String> texts(Collection<StoredFile> files) {
    List<Long> ids = files.stream().map(StoredFile::getId).distinct().toList();
    Map<Long, String> texts = new HashMap<>();
    for (int from = 0; from < ids.size(); from += MAX_IN_LIST) {
      em.createQuery("select t from ExtractedText t where t.storedFileId in :ids", ExtractedText.class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + MAX_IN_LIST)))
          .getResultStream()
          .forEach(t -> texts.put(t.getStoredFileId(), t.getContent()));
    }
    return texts;
  }

  /** Attaches each file to the item as its first version, recording its content if new. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void attachAll(CatalogItem item, List<NewFile> files, Account by) {
    for (NewFile f : files) {
      item.attach(f.role(), f.title()).addVersion(record(f.content()), f.originalName(), by);
    }
  }

  /** The stored file for this content, recorded now if these bytes are new. */
  @Transactional(Transactional.TxType.MANDATORY)
  public StoredFile record(FileContent c) {
    Optional<StoredFile> existing = findBySha(c.sha256());
    if (existing.isPresent()) {
      return existing.get();
    }
    if (c.isAlreadyStored()) {
      throw new IllegalStateException("No stored file for " + c.sha256());
    }
    StoredFile file = new StoredFile(c.sha256(), c.size(), c.mediaType());
    file.recordExtraction(c.status(), c.message(), c.mediaType(), c.chars(), c.truncated(),
        c.embeddedCount());
    file.recordMetadata(c.metaTitle(), c.metaAuthor(), c.metaCreated(), c.metaPages(),
        c.metaLanguage());
    file.setPreviewSha256(c.previewSha256());
    em.persist(file);
    em.flush();
    em.persist(new ExtractedText(file.getId(), c.text() == null ? "" : c.text()));
    return file;
  }
}
