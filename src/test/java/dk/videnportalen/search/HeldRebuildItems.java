package dk.videnportalen.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * A provider of one course module that, once armed, holds a rebuild at that module until the test
 * lets go: a rebuild as long as one of 100,000 items, for as long as a test needs. Deployed only
 * with {@link ChangesDuringRebuildIT}; unarmed it owns no items, so the boot rebuild passes.
 */
@ApplicationScoped
public class HeldRebuildItems implements SearchableItems {

  /** The longest a rebuild is held, should the test fail before letting go. */
  private static final long HOLD_SECONDS = 120;

  private final CountDownLatch reached = new CountDownLatch(1);
  private final CountDownLatch letGo = new CountDownLatch(1);
  private volatile boolean armed;

  public void arm() {
    armed = true;
  }

  public boolean awaitRebuildHeld(long seconds) throws InterruptedException {
    return reached.await(seconds, TimeUnit.SECONDS);
  }

  public void letGo() {
    letGo.countDown();
  }

  @Override
  public Set<ItemType> types() {
    return Set.of(ItemType.MODULE);
  }

  @Override
  public Optional<SearchDocument> load(long id, ItemType type) {
    return Optional.empty();
  }

  @Override
  public List<SearchDocument> loadAll(List<Long> ids, ItemType type) {
    if (armed) {
      reached.countDown();
      try {
        letGo.await(HOLD_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return List.of();
  }

  @Override
  public LongStream allIds(ItemType type) {
    return armed ? LongStream.of(1) : LongStream.empty();
  }

  @Override
  public Set<Long> visible(Collection<Long> ids, ItemType type, Set<String> visibilityTokens) {
    return Set.of();
  }
}
