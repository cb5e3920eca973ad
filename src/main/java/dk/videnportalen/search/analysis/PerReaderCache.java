package dk.videnportalen.search.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;

/**
 * Remembers answers that depend only on one index reader's content (is there a word near this
 * one? what is the likely spelling?), so a popular query does not rebuild the same Levenshtein
 * automata on every search. Entries die with their reader: after the next refresh they are
 * computed again, so every node answers from its own current index and nothing can go stale.
 *
 * @param <K> what the answer is about (a query clause, a word)
 * @param <V> the answer; must not be null
 */
public final class PerReaderCache<K, V> {

  private final int maxPerReader;
  private final Map<IndexReader.CacheKey, Map<K, V>> readers = new ConcurrentHashMap<>();

  /** @param maxPerReader entries kept per reader; beyond it the reader's entries start over */
  public PerReaderCache(int maxPerReader) {
    this.maxPerReader = maxPerReader;
  }

  /** The cached answer for {@code key} on this reader, computing it on first use. */
  public V get(IndexReader reader, K key, Function<K, V> compute) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return compute.apply(key);
    }
    Map<K, V> answers = readers.computeIfAbsent(helper.getKey(), readerKey -> {
      helper.addClosedListener(readers::remove);
      return new ConcurrentHashMap<>();
    });
    V known = answers.get(key);
    if (known != null) {
      return known;
    }
    V computed = compute.apply(key);
    if (answers.size() >= maxPerReader) {
      answers.clear();
    }
    answers.put(key, computed);
    return computed;
  }
}
