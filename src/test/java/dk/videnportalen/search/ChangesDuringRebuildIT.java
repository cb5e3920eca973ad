package dk.videnportalen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.catalog.StoryDraft;
import dk.videnportalen.catalog.StoryService;
import dk.videnportalen.identity.AccountRepository;
import dk.videnportalen.testing.InContainer;
import dk.videnportalen.testing.InContainerDeployment;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A change made while the index is rebuilt is searchable at once, not when the rebuild ends, and
 * is still there after the rebuilt index replaces the old one. The rebuild is held open by a
 * provider that waits for the test, so the overlap is certain however fast the machine is. This
 * is what broke when rebuilds ran on the server's single scheduler thread, which also applies the
 * changes.
 */
@InContainer
class ChangesDuringRebuildIT {

  @Deployment
  static WebArchive deployment() {
    return InContainerDeployment.of(ChangesDuringRebuildIT.class, HeldRebuildItems.class);
  }

  @Inject SearchIndex index;
  @Inject SearchService search;
  @Inject HeldRebuildItems held;
  @Inject StoryService stories;
  @Inject AccountRepository accounts;
  @Inject UserTransaction tx;

  @Test
  void aStoryPublishedDuringALongRebuildIsFoundAtOnceAndAfterTheRebuild() throws Exception {
    await(() -> "ready".equals(index.status().state()), 120, "the index to be ready after boot");
    String word = "regnvandsbassin" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    held.arm();
    index.rebuild(SearchIndex.RebuildCause.REQUESTED);
    try {
      assertTrue(held.awaitRebuildHeld(60), "the rebuild reaches the held module");
      publishStoryAbout(word);

      await(() -> found(word), 10, "the new story to be searchable during the rebuild");
      assertEquals("rebuilding", index.status().state(), "the rebuild was still running");
    } finally {
      held.letGo();
    }
    await(() -> "ready".equals(index.status().state()), 120, "the rebuild to finish");
    assertNull(index.status().rebuildFailure());
    await(() -> found(word), 10, "the story to be in the rebuilt index");
  }

  private void publishStoryAbout(String word) throws Exception {
    tx.begin();
    try {
      stories.createEntity(new StoryDraft("Vand i skolegården: " + word, null, null, null,
          LocalDate.now(), "Regnvandet løb ud i kloakken.", "Eleverne byggede et " + word + ".",
          "Nu bruges vandet i skolehaven.", List.of()),
          List.of(), accounts.findByUsername("admin").orElseThrow(), null, true);
      tx.commit();
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
  }

  /** Whether a search for the word finds the story (and not, say, a spelling correction). */
  private boolean found(String word) {
    return search.search(SearchRequest.of(word), SearchService.visibilityOf(false, Set.of()))
        .hits().stream().anyMatch(hit -> hit.title().endsWith(word));
  }

  private static void await(BooleanSupplier condition, int seconds, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + seconds + " s for " + what);
      }
      Thread.sleep(50);
    }
  }
}
