package dk.videnportalen.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Index-time decompounding: emits each compound unchanged, then its parts at the same position
 * (position increment 0) and with the compound's offsets, so phrases over the compound keep
 * working and a highlight of a part marks the whole word. Never used at query time: splitting
 * the user's words makes results noisy (a search for forældresamarbejde would match every text
 * about parents).
 */
final class CompoundSplitFilter extends TokenFilter {

  private final CompoundSplitter splitter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute positionIncrement =
      addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final Deque<String> pendingParts = new ArrayDeque<>();
  private AttributeSource.State compoundState;
  private final boolean partsOnly;
  private int skippedPositions;

  /**
   * @param partsOnly emit only the parts, for a separate field of compound parts: words that
   *     are not compounds are dropped (their positions kept as gaps)
   */
  CompoundSplitFilter(TokenStream input, CompoundDictionary dictionary, boolean partsOnly) {
    super(input);
    this.splitter = new CompoundSplitter(dictionary);
    this.partsOnly = partsOnly;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pendingParts.isEmpty()) {
      restoreState(compoundState);
      term.setEmpty().append(pendingParts.removeFirst());
      positionIncrement.setPositionIncrement(0);
      return true;
    }
    while (input.incrementToken()) {
      if (!keyword.isKeyword() && term.length() >= CompoundSplitter.MIN_WORD) {
        pendingParts.addAll(splitter.split(term.toString()));
      }
      if (!partsOnly) {
        if (!pendingParts.isEmpty()) {
          compoundState = captureState();
        }
        return true;
      }
      if (!pendingParts.isEmpty()) {
        // The first part stands where the compound stood, after any words that were dropped.
        positionIncrement.setPositionIncrement(
            positionIncrement.getPositionIncrement() + skippedPositions);
        skippedPositions = 0;
        term.setEmpty().append(pendingParts.removeFirst());
        if (!pendingParts.isEmpty()) {
          compoundState = captureState();
        }
        return true;
      }
      skippedPositions += positionIncrement.getPositionIncrement();
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingParts.clear();
    compoundState = null;
    skippedPositions = 0;
  }
}
