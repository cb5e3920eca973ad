package dk.videnportalen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The lean passage score must rank passages exactly as Lucene's own scorer does. */
class PassageScoreTest {

  private static final String[] WORDS = {"læring", "fællesskab", "leder", "data", "trivsel"};

  @Test
  void scoresEveryPassageExactlyAsLucenesScorerDoes() {
    PassageScorer lucene = new PassageScorer();
    PassageScore lean = new PassageScore();
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      Passage passage = randomPassage(random);
      int contentLength = passage.getEndOffset() + random.nextInt(5_000);
      assertEquals(lucene.score(passage, contentLength), lean.score(passage, contentLength),
          "passage " + round);
    }
  }

  @Test
  void aPassageWithoutMatchesScoresAsLucenesDoes() {
    Passage passage = new Passage();
    passage.setStartOffset(120);
    passage.setEndOffset(300);
    assertEquals(new PassageScorer().score(passage, 1_000),
        new PassageScore().score(passage, 1_000));
  }

  /** Up to 30 matches of a few terms, repeated, each term with one frequency in the document. */
  private static Passage randomPassage(Random random) {
    Passage passage = new Passage();
    int start = random.nextInt(10_000);
    passage.setStartOffset(start);
    passage.setEndOffset(Integer.MAX_VALUE); // a match must lie inside; the true end comes last
    int[] freqInDoc = random.ints(WORDS.length, 1, 40).toArray();
    int offset = start;
    for (int i = 0, matches = random.nextInt(31); i < matches; i++) {
      int w = random.nextInt(random.nextBoolean() ? 2 : WORDS.length);
      offset += 1 + random.nextInt(40);
      // A fresh BytesRef each time, as the offsets enums hand them over: equal bytes, not equal
      // references.
      passage.addMatch(offset, offset + WORDS[w].length(), new BytesRef(WORDS[w]), freqInDoc[w]);
      offset += WORDS[w].length();
    }
    passage.setEndOffset(offset + random.nextInt(100));
    return passage;
  }
}
