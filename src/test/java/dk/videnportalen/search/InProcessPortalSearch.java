package dk.videnportalen.search;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * The portal's own index and search path, wired by hand outside the container for the speed
 * benchmark (dk.videnportalen.bench.search): the real {@link SearchAnalyzers},
 * {@link DocumentBuilder}, {@link IndexGeneration} (FSDirectory, SearcherManager with facet arrays),
 * {@link SearchService} (parser, drill-sideways facet counts, snippets, did-you-mean) and
 * {@link SpellingSuggester}. It lives in this package only to set the CDI beans' package-private
 * fields; only the private {@code SearchIndex.current} is set by reflection.
 *
 * <p>Two things differ from the container, and the benchmark says so: the visibility re-check
 * per hit answers "visible" without a database, and the analytics event goes nowhere.
 */
public final class InProcessPortalSearch implements Closeable {

  private static final Set<String> PUBLIC = SearchService.visibilityOf(false, Set.of());

  private final SearchAnalyzers analyzers = new SearchAnalyzers();
  private final SearchIndex index = new SearchIndex();
  private final SearchService service = new SearchService();
  private final IndexGeneration generation;
  private final DocumentBuilder builder;

  public InProcessPortalSearch(Path directory) throws IOException {
    index.analyzers = analyzers;
    index.providers = instanceOf(new AlwaysVisible());
    generation = IndexGeneration.open(directory, analyzers.forIndexing());
    builder = new DocumentBuilder(index.facets(), analyzers::keyword);
    setCurrent(index, generation);
    SpellingSuggester spelling = new SpellingSuggester();
    spelling.analyzers = analyzers;
    service.index = index;
    service.spelling = spelling;
    service.performed = noEvents();
  }

  /** Adds one item as the portal's indexer does in a rebuild. */
  public void add(SearchDocument doc) throws IOException {
    generation.writer().addDocument(builder.build(doc));
  }

  /** Commits (with the format version, as the portal does) and opens a fresh searcher. */
  public void commitAndRefresh() throws IOException {
    generation.commit(0);
    generation.refresh();
  }

  public int documents() {
    return generation.documents();
  }

  public IndexWriter writer() {
    return generation.writer();
  }

  /** The portal's whole search path: parse, filter, drill-sideways facets, snippets, spelling. */
  public SearchResult search(SearchRequest request) {
    return service.search(request, PUBLIC);
  }

  /** The same path for a caller with other visibility tokens. */
  public SearchResult search(SearchRequest request, Set<String> visibility) {
    return service.search(request, visibility);
  }

  /** The query the portal builds for a text (for the decomposition rows). */
  public Query parse(String text, IndexSearcher searcher) {
    return analyzers.parser().parse(text, searcher);
  }

  /** The query-time analyzer (per field), for building the raw floor's term queries. */
  public Analyzer queryAnalyzer() {
    return analyzers.forQueries();
  }

  /**
   * What a results list shows for its hits besides id and title, on top of a top-10 query: each
   * hit's stored fields with the snippet text, and its best passage from the portal's highlighter
   * (for the floor's "with snippets" row). Returns how many hits got a snippet.
   */
  public int snippets(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
    Set<String> fields = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.BODY_SNIPPET,
        IndexFields.SUMMARY);
    StoredFields stored = searcher.storedFields();
    Map<Integer, Document> byDocId = new HashMap<>();
    int[] ids = new int[top.scoreDocs.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = top.scoreDocs[i].doc;
      byDocId.put(ids[i], stored.document(ids[i], fields));
    }
    SnippetHighlighter.Snippet[] bodies = SnippetHighlighter.create(searcher,
        analyzers.forQueries(), byDocId).best(query, ids, IndexFields.BODY_SNIPPET)
        .get(IndexFields.BODY_SNIPPET);
    return (int) Arrays.stream(bodies).filter(Objects::nonNull).count();
  }

  /**
   * The total and the counts of every facet dimension for a query, counted the plain way (one
   * pass over all matches, no drill-sideways): the counting work any results page with a total
   * and facets has to do, for the floor's "with counts" row.
   */
  public long countWithFacets(IndexSearcher searcher, Query query) throws IOException {
    org.apache.lucene.facet.FacetsCollector fc =
        searcher.search(query, new org.apache.lucene.facet.FacetsCollectorManager());
    var state = standardFacetState(searcher.getIndexReader());
    if (state != null) {
      new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(state, fc)
          .getAllDims(SearchService.FACET_VALUES);
    }
    long total = 0;
    for (var m : fc.getMatchingDocs()) {
      total += m.totalHits;
    }
    return total;
  }

  /**
   * Lucene's own ordinal map for the facet field, as a results page without the portal's
   * facet arrays would count with; built once per reader, like the portal's arrays.
   */
  private org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState standardFacetState(
      org.apache.lucene.index.IndexReader reader) throws IOException {
    if (standardState == null || standardStateReader != reader) {
      try {
        standardState = new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(
            reader, index.facets());
      } catch (IllegalArgumentException noFacetField) {
        standardState = null;
      }
      standardStateReader = reader;
    }
    return standardState;
  }

  private org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState standardState;
  private org.apache.lucene.index.IndexReader standardStateReader;

  public IndexSearcher acquire() throws IOException {
    return index.acquire();
  }

  public void release(IndexSearcher searcher) {
    index.release(searcher);
  }

  @Override
  public void close() throws IOException {
    generation.close();
    analyzers.close();
  }

  private static void setCurrent(SearchIndex index, IndexGeneration gen) {
    try {
      Field current = SearchIndex.class.getDeclaredField("current");
      current.setAccessible(true);
      current.set(index, gen);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("SearchIndex.current changed; update the benchmark", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Instance<SearchableItems> instanceOf(SearchableItems provider) {
    List<SearchableItems> all = List.of(provider);
    return (Instance<SearchableItems>) Proxy.newProxyInstance(
        InProcessPortalSearch.class.getClassLoader(), new Class<?>[] {Instance.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "iterator" -> all.iterator();
          case "stream" -> all.stream();
          case "get" -> provider;
          case "isUnsatisfied", "isAmbiguous" -> false;
          case "isResolvable" -> true;
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          case "toString" -> "Instance[" + provider + "]";
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  @SuppressWarnings("unchecked")
  private static Event<SearchService.SearchPerformed> noEvents() {
    return (Event<SearchService.SearchPerformed>) Proxy.newProxyInstance(
        InProcessPortalSearch.class.getClassLoader(), new Class<?>[] {Event.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "fire" -> null;
          case "fireAsync" -> CompletableFuture.completedFuture(args[0]);
          case "select" -> proxy;
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          case "toString" -> "no events";
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  /** Packages and stories, all public: the database re-check is not part of this path. */
  private static final class AlwaysVisible implements SearchableItems {
    @Override
    public Set<ItemType> types() {
      return Set.of(ItemType.PACKAGE, ItemType.STORY);
    }

    @Override
    public Optional<SearchDocument> load(long id, ItemType type) {
      return Optional.empty();
    }

    @Override
    public LongStream allIds(ItemType type) {
      return LongStream.empty();
    }

    @Override
    public Set<Long> visible(java.util.Collection<Long> ids, ItemType type,
        Set<String> visibilityTokens) {
      return new java.util.HashSet<>(ids);
    }
  }
}
