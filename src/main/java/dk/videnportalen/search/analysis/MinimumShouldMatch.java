package dk.videnportalen.search.analysis;

/**
 * How many of a query's words a document must contain. Words are counted after stopwords and
 * split in two: words the index knows, and words it has never seen and that are no typo of a
 * word it has (see {@link PortalQueryParser}); typos are not counted at all. Without an index to
 * ask, every word counts as known.
 */
@FunctionalInterface
public interface MinimumShouldMatch {

  /** Any one word is enough (plain OR). */
  MinimumShouldMatch ANY = (known, absent) -> 1;

  /** Every word is required (plain AND); any absent word means no hits. */
  MinimumShouldMatch ALL = (known, absent) -> known + absent;

  /**
   * Short queries need most words: up to two words all, three or four words all but one, longer
   * ones 60 %, rounded up. Measured, and not the portal's: it hides good partial matches of
   * names ("Stine Elverkilde" where a text says only Elverkilde).
   */
  MinimumShouldMatch MOST = (known, absent) -> {
    int words = known + absent;
    if (words <= 2) {
      return words;
    }
    return words <= 4 ? words - 1 : (int) Math.ceil(words * 0.6);
  };

  /**
   * The portal's rule. A short query (up to three words) names a topic: any of its words may
   * match, but if one of them is absent from the whole index the portal has nothing on that topic
   * and returns nothing ("fodboldturnering ledelse"). A longer query is a typed question: 60 % of
   * its words, rounded up, must match, absent ones counted against it, so one odd word does not
   * empty the result.
   */
  MinimumShouldMatch PORTAL = (known, absent) -> {
    int words = known + absent;
    if (words <= 3) {
      return absent > 0 ? words : 1;
    }
    return (int) Math.ceil(words * 0.6);
  };

  /**
   * @param known words the index has (or all words when the index was not consulted)
   * @param absent words the index has never seen and that are not typos of words it has
   * @return how many of the words a document must match; more than {@code known} means no hits
   */
  int required(int known, int absent);
}
