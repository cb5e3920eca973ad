package dk.videnportalen.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Builds searchers together with the facet arrays of their segments. A segment's arrays are
 * built when a searcher first sees the segment and handed on to the next searchers that still
 * hold it, so a refresh after a small change reads only the new segments.
 */
final class FacetingSearcherFactory extends SearcherFactory {

  private final List<String> dimensions;
  /** The last searcher's segments; refreshes are serialised by the SearcherManager. */
  private volatile Map<IndexReader.CacheKey, SegmentFacets> lastSegments = Map.of();

  FacetingSearcherFactory(List<String> dimensions) {
    this.dimensions = List.copyOf(dimensions);
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
    Map<IndexReader.CacheKey, SegmentFacets> known = lastSegments;
    Map<IndexReader.CacheKey, SegmentFacets> seen = new HashMap<>();
    List<SegmentFacets> segments = new ArrayList<>(reader.leaves().size());
    for (LeafReaderContext leaf : reader.leaves()) {
      IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
      SegmentFacets facets = core == null ? null : known.get(core.getKey());
      if (facets == null) {
        facets = SegmentFacets.read(leaf.reader(), dimensions);
      }
      if (core != null) {
        seen.put(core.getKey(), facets);
      }
      segments.add(facets);
    }
    lastSegments = seen;
    return new FacetingSearcher(reader, segments);
  }

  /** An index searcher that carries the facet arrays of its segments. */
  static final class FacetingSearcher extends IndexSearcher {
    private final List<SegmentFacets> segments;

    FacetingSearcher(IndexReader reader, List<SegmentFacets> segments) {
      super(reader);
      this.segments = List.copyOf(segments);
      setSimilarity(new BM25Similarity());
    }

    /** By leaf ordinal. */
    List<SegmentFacets> segmentFacets() {
      return segments;
    }
  }
}
