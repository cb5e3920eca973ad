package dk.videnportalen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IndexEventFeedProgressTest {

  private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

  @Test
  void theWatermarkFollowsContiguousEvents() {
    IndexEventFeed.Progress p = new IndexEventFeed.Progress(10);
    p.applied(11, now);
    p.applied(12, now);
    assertTrue(p.advance(now));
    assertEquals(12, p.watermark());
  }

  @Test
  void aFreshGapHoldsTheWatermarkBecauseItsTransactionMayStillCommit() {
    IndexEventFeed.Progress p = new IndexEventFeed.Progress(10);
    p.applied(12, now);
    assertFalse(p.advance(now));
    assertEquals(10, p.watermark());
    assertTrue(p.isApplied(12), "12 is not applied twice meanwhile");
    assertFalse(p.isApplied(11), "11 will still be picked up when it commits");

    p.applied(11, now);
    p.advance(now);
    assertEquals(12, p.watermark());
  }

  @Test
  void anOldGapBelongsToARolledBackTransactionAndIsSkipped() {
    IndexEventFeed.Progress p = new IndexEventFeed.Progress(10);
    p.applied(12, now.minusMinutes(5));
    p.advance(now);
    assertEquals(12, p.watermark());
  }
}
