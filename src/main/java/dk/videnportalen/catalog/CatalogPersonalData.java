package dk.videnportalen.catalog;

import dk.videnportalen.catalog.CatalogViews.ItemRef;
import dk.videnportalen.identity.Account;
import dk.videnportalen.identity.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** The packages, stories and files a person created or uploaded, for their data export. */
@ApplicationScoped
public class CatalogPersonalData implements PersonalDataSource {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public String section() {
    return "indhold";
  }

  @Override
  @Transactional
  public Object personalData(Account account) {
    List<ItemRef> packages = em.createQuery(
            "select p from LearningPackage p where p.createdBy = :a order by p.id", LearningPackage.class)
        .setParameter("a", account).getResultList().stream()
        .map(CatalogMapper::ref).toList();
    List<ItemRef> stories = em.createQuery(
            "select s from PracticeStory s where s.createdBy = :a order by s.id", PracticeStory.class)
        .setParameter("a", account).getResultList().stream()
        .map(s -> new ItemRef(s.getId(), s.getTitle(), CatalogMapper.storyUrl(s.getId()))).toList();
    List<String> uploads = em.createQuery(
            "select v.originalName from FileVersion v where v.uploadedBy = :a order by v.id", String.class)
        .setParameter("a", account).getResultList();
    return Map.of("læringspakker", packages, "praksisfortællinger", stories, "uploadedeFiler", uploads);
  }
}
