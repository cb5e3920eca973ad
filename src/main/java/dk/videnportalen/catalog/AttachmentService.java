package dk.videnportalen.catalog;

import dk.videnportalen.platform.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Finds the stored original behind a file id, for downloads and previews. */
@ApplicationScoped
public class AttachmentService {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /**
   * A file's stored version.
   *
   * @param version the version number, or null for the newest
   * @param includeDrafts whether files of unpublished stories may be served
   */
  @Transactional
  public StoredVersion find(long attachmentId, Integer version, boolean includeDrafts) {
    Attachment a = em.find(Attachment.class, attachmentId);
    if (a == null || (!includeDrafts && a.getStory() != null && !a.getStory().isPublished())) {
      throw new NotFound("Filen " + attachmentId + " findes ikke.");
    }
    FileVersion v = version == null ? a.current() : a.getVersions().stream()
        .filter(x -> x.getVersionNo() == version)
        .findFirst()
        .orElseThrow(() -> new NotFound("Filen " + attachmentId + " har ingen version " + version + "."));
    StoredFile f = v.getStoredFile();
    return new StoredVersion(a.getId(), v.getVersionNo(), v.getOriginalName(), f.getSha256(),
        f.getMediaType(), f.getSize(), f.getPreviewSha256(), a.ownerId(), a.displayName());
  }

  /** The extracted text of a file version (pages separated by form feeds). */
  @Transactional
  public String text(long attachmentId, Integer version, boolean includeDrafts) {
    StoredVersion v = find(attachmentId, version, includeDrafts);
    ExtractedText t = em.createQuery(
            "select t from ExtractedText t, StoredFile f where t.storedFileId = f.id and f.sha256 = :s",
            ExtractedText.class)
        .setParameter("s", v.sha256())
        .getResultStream()
        .findFirst()
        .orElse(null);
    return t == null ? "" : t.getContent();
  }

  /** What a download needs, and what people call the file (its title, else its name). */
  public record StoredVersion(long attachmentId, int version, String originalName, String sha256,
      String mediaType, long size, String previewSha256, long itemId, String displayName) {}
}
