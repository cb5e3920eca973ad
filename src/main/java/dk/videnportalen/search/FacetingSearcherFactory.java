package dk.videnportalen.search;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Builds searchers together with their facet state. The state maps facet values to ordinals for
 * one reader and is costly to build, so it is made once per refresh, never per query.
 */
final class FacetingSearcherFactory extends SearcherFactory {

  private static final Logger LOG = Logger.getLogger(FacetingSearcherFactory.class.getName());
  private final FacetsConfig config;

  FacetingSearcherFactory(FacetsConfig config) {
    this.config = config;
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
    return new FacetingSearcher(reader, facetState(reader));
  }

  private SortedSetDocValuesReaderState facetState(IndexReader reader) {
    if (reader.maxDoc() == 0) {
      return null;
    }
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, config);
    } catch (IOException | IllegalArgumentException e) {
      LOG.log(Level.FINE, "No facet state for this reader", e);
      return null;
    }
  }

  /** An index searcher that carries its reader's facet state. */
  static final class FacetingSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState facetState;

    FacetingSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
      super(reader);
      this.facetState = facetState;
      setSimilarity(new BM25Similarity());
    }

    /** Null when the index holds no facet values yet. */
    SortedSetDocValuesReaderState facetState() {
      return facetState;
    }
  }
}
