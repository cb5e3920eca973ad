package dk.videnportalen.search;

import java.util.Optional;
import java.util.stream.LongStream;

/**
 * Implemented by each feature whose items can be found (catalog for packages and stories; later
 * communities and courses). The index asks for an item when its queue says it changed, and for
 * all of them when it is rebuilt.
 */
public interface SearchableItems {

  /** The item types this provider owns. */
  java.util.Set<ItemType> types();

  /** The item as it is now, or empty if it no longer exists. Runs in its own transaction. */
  Optional<SearchDocument> load(long id, ItemType type);

  /**
   * Those of these items of one type that still exist, as they are now, for a rebuild. Runs in
   * its own transaction. The default asks for them one by one; a provider that can read a batch
   * in a few queries should, since a rebuild reads every item.
   */
  default java.util.List<SearchDocument> loadAll(java.util.List<Long> ids, ItemType type) {
    return ids.stream().map(id -> load(id, type)).flatMap(Optional::stream).toList();
  }

  /** Ids of every item of a type, for a rebuild. */
  LongStream allIds(ItemType type);

  /**
   * Which of these items of one type a caller with these visibility tokens may see right now.
   * Asked once per search page with all its hits, so it should be one query, not one per item.
   */
  java.util.Set<Long> visible(java.util.Collection<Long> ids, ItemType type,
      java.util.Set<String> visibilityTokens);
}
