package dk.videnportalen.ingest.imports;

import dk.videnportalen.ingest.ImportJob;
import dk.videnportalen.platform.blob.BlobReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The uploaded ZIP file of an import that has not finished, which the runner reads until the
 * last entry (also after a restart). A finished import never reads its ZIP again; its report
 * names the file but does not need its bytes.
 */
@ApplicationScoped
public class ImportBlobReferences implements BlobReferences {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  @Transactional
  public Set<String> inUse(Collection<String> addresses) {
    return em.createQuery("select j.source from ImportJob j where j.kind = :k and j.state in :s",
            String.class)
        .setParameter("k", ImportJob.Kind.ZIP)
        .setParameter("s", List.of(ImportJob.State.QUEUED, ImportJob.State.RUNNING))
        .getResultStream()
        .map(ImportSources::zipAddress)
        .filter(addresses::contains)
        .collect(Collectors.toSet());
  }
}
