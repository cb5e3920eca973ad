package dk.videnportalen.catalog;

import dk.videnportalen.platform.blob.BlobReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The blobs the catalog needs: the original of every stored file that a file version of a
 * package or story refers to, and every stored file's preview image. A stored file whose item
 * was deleted keeps no version; its row and extracted text go when the sweep deletes its
 * original, and its preview one sweep later.
 */
@ApplicationScoped
public class CatalogBlobReferences implements BlobReferences {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  @Transactional
  public Set<String> inUse(Collection<String> addresses) {
    Set<String> used = new HashSet<>(em.createQuery("select distinct f.sha256 from FileVersion v"
            + " join v.storedFile f where f.sha256 in :a", String.class)
        .setParameter("a", addresses)
        .getResultList());
    // Every row's preview, with or without versions: the same bytes uploaded again reuse the row.
    used.addAll(em.createQuery("select distinct f.previewSha256 from StoredFile f"
            + " where f.previewSha256 in :a", String.class)
        .setParameter("a", addresses)
        .getResultList());
    return used;
  }

  /** Deletes the stored file of these bytes if no version refers to it (its text cascades). */
  @Override
  @Transactional
  public void release(String address) {
    em.createQuery("delete from StoredFile f where f.sha256 = :s"
            + " and not exists (select v.id from FileVersion v where v.storedFile = f)")
        .setParameter("s", address)
        .executeUpdate();
  }
}
