package dk.videnportalen.search;

import static dk.videnportalen.search.IndexFields.*;

import dk.videnportalen.search.FacetingSearcherFactory.FacetingSearcher;
import dk.videnportalen.search.SearchResult.FacetValue;
import dk.videnportalen.search.SearchResult.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * Searches the index the way the search page and the API need it: Danish-analysed query, facets
 * counted with drill-sideways (so choosing a theme still shows the other themes' counts), the
 * best passage with its page, and a spelling suggestion when little was found.
 */
@ApplicationScoped
public class SearchService {

  static final List<String> FACET_DIMENSIONS = List.of(TYPE, THEME, AUDIENCE, COMMUNITY, YEAR);
  static final int FACET_VALUES = 30;
  static final int FEW_RESULTS = 3;
  /** What a hit shows, and the text its snippet is taken from. */
  private static final Set<String> STORED =
      Set.of(ID, TYPE, TITLE, URL, THEME, DATE, FILE_IDS, FILE_PREVIEWS, BODY_SNIPPET, SUMMARY);

  @Inject SearchIndex index;
  @Inject SpellingSuggester spelling;
  @Inject Event<SearchPerformed> performed;

  /** Fired after each search with a query, for the editors' search analytics. */
  public record SearchPerformed(String query, long total) {}

  /**
   * Runs a search for a caller allowed to see items with the given visibility tokens.
   * Never throws for any query text.
   */
  public SearchResult search(SearchRequest request, Set<String> visibility) {
    FacetingSearcher searcher;
    try {
      searcher = (FacetingSearcher) index.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (searcher == null) {
      return SearchResult.empty(request);
    }
    try {
      SearchResult result = run(searcher, request, visibility, false);
      if (!request.query().isBlank()) {
        performed.fire(new SearchPerformed(request.query(), result.total()));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  private SearchResult run(FacetingSearcher searcher, SearchRequest r, Set<String> visibility,
      boolean autocorrected) throws IOException {
    // No words is browsing (a type or theme chosen, or the breadcrumb to all packages): every
    // visible item, newest first, since a score would rank nothing.
    boolean browsing = r.query().isBlank();
    boolean newestFirst = browsing || r.newestFirst();
    Query text = browsing ? new MatchAllDocsQuery()
        : index.analyzers().parser().parse(r.query(), searcher);
    Query query = new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(hiddenFrom(visibility), BooleanClause.Occur.MUST_NOT)
        .build();
    String[] chosen = {r.type(), r.theme(), r.audience(), r.community(), r.year()};

    int wanted = (r.page() + 1) * r.size();
    // One pass scores every match and counts its facet values: the total and the counts need
    // every match anyway (a top-10 pass with skipping plus an unscored counting pass measured
    // slower). The chosen facet values are checked in that pass, not as filters of the query,
    // so that a match missing one of them still counts for that dimension's other values.
    FacetedSearch.Result<? extends TopDocs> result = newestFirst
        ? faceted(searcher, query,
            new TopFieldCollectorManager(newestFirst(), wanted, null, Integer.MAX_VALUE), chosen)
        : faceted(searcher, query,
            new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE), chosen);
    TopDocs top = result.hits();
    if (newestFirst && !browsing) {
      TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
    }
    Map<String, List<FacetValue>> facets = newestYearsFirst(result.facets());
    long total = top.totalHits.value;
    ScoreDoc[] pageDocs = Arrays.copyOfRange(top.scoreDocs,
        Math.min(r.page() * r.size(), top.scoreDocs.length), top.scoreDocs.length);
    List<Hit> hits = hits(searcher, browsing ? null : text, pageDocs, visibility);
    String suggestion = total < FEW_RESULTS && !browsing && !autocorrected
        ? spelling.suggest(searcher.getIndexReader(), r.query()).orElse(null) : null;
    if (total == 0 && suggestion != null) {
      // Nothing at all for the query as typed: show what the likely spelling finds, and say so.
      SearchResult corrected = run(searcher, r.withQuery(suggestion), visibility, true);
      return new SearchResult(r.query(), corrected.total(), r.page(), r.size(), corrected.hits(),
          corrected.facets(), suggestion, corrected.total() > 0);
    }
    return new SearchResult(r.query(), total, r.page(), r.size(), hits, facets, suggestion, false);
  }

  private static <C extends Collector, T extends TopDocs> FacetedSearch.Result<T> faceted(
      FacetingSearcher searcher, Query query, CollectorManager<C, T> top, String[] chosen)
      throws IOException {
    return searcher.search(query, new FacetedSearch<>(top, searcher.segmentFacets(),
        FACET_DIMENSIONS, chosen, FACET_VALUES));
  }

  /** The page's hits; {@code text} is the query to highlight, or null when browsing. */
  private List<Hit> hits(FacetingSearcher searcher, Query text, ScoreDoc[] docs,
      Set<String> visibility) throws IOException {
    int[] ids = Arrays.stream(docs).mapToInt(d -> d.doc).toArray();
    Document[] stored = new Document[docs.length];
    Map<Integer, Document> byDocId = new HashMap<>();
    Map<ItemType, List<Long>> idsByType = new EnumMap<>(ItemType.class);
    // One reader of stored fields for the page (each new one allocates its own buffers), and
    // each hit read once, the snippets' text included.
    StoredFields storedFields = searcher.storedFields();
    for (int i = 0; i < docs.length; i++) {
      stored[i] = storedFields.document(docs[i].doc, STORED);
      byDocId.put(docs[i].doc, stored[i]);
      idsByType.computeIfAbsent(type(stored[i]), t -> new ArrayList<>()).add(id(stored[i]));
    }
    SnippetHighlighter.Snippet[] bodies = new SnippetHighlighter.Snippet[docs.length];
    SnippetHighlighter.Snippet[] summaries = new SnippetHighlighter.Snippet[docs.length];
    if (text != null) {
      Map<String, SnippetHighlighter.Snippet[]> best =
          SnippetHighlighter.create(searcher, index.analyzers().forQueries(), byDocId)
              .best(text, ids, BODY_SNIPPET, SUMMARY);
      bodies = best.get(BODY_SNIPPET);
      summaries = best.get(SUMMARY);
    }
    Set<Long> visible = stillVisible(idsByType, visibility);
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document doc = stored[i];
      long id = id(doc);
      if (!visible.contains(id)) {
        continue;
      }
      SnippetHighlighter.Snippet body = bodies[i];
      SnippetHighlighter.Snippet snippet = body != null ? body : summaries[i] != null
          ? summaries[i] : SnippetHighlighter.opening(doc.get(SUMMARY));
      Long fileId = null;
      Integer page = null;
      int fileIndex = body == null ? 0 : body.fileIndex();
      if (fileIndex > 0) {
        IndexableField[] files = doc.getFields(FILE_IDS);
        if (body.fileIndex() < files.length) {
          fileId = files[body.fileIndex()].numericValue().longValue();
          page = body.page();
        }
      }
      IndexableField date = doc.getField(DATE);
      hits.add(new Hit(id, type(doc).code(), doc.get(TITLE), doc.get(URL),
          snippet == null ? null : snippet.html(), page, fileId, preview(doc, fileIndex),
          Float.isNaN(docs[i].score) ? 0f : docs[i].score,
          List.of(doc.getValues(THEME)),
          date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue())));
    }
    return hits;
  }

  /**
   * The image beside a hit: the first page of the file its snippet came from, or else of the
   * item's first file that has one; null for an item without such files.
   */
  static String preview(Document doc, int fileIndex) {
    String[] previews = doc.getValues(FILE_PREVIEWS);
    if (fileIndex > 0 && fileIndex < previews.length && !previews[fileIndex].isEmpty()) {
      return previews[fileIndex];
    }
    for (String p : previews) {
      if (!p.isEmpty()) {
        return p;
      }
    }
    return null;
  }

  private static long id(Document doc) {
    return Long.parseLong(doc.get(ID));
  }

  private static ItemType type(Document doc) {
    return ItemType.fromCode(doc.get(TYPE)).orElseThrow();
  }

  /**
   * Permissions are checked once more against the database, so a change applies at once rather
   * than at the next index refresh: one query per item type on the page.
   */
  private Set<Long> stillVisible(Map<ItemType, List<Long>> idsByType, Set<String> visibility) {
    Set<Long> visible = new HashSet<>();
    idsByType.forEach((type, ids) -> index.provider(type)
        .ifPresent(p -> visible.addAll(p.visible(ids, type, visibility))));
    return visible;
  }

  /**
   * The items a caller with these visibility tokens may not see, to add as MUST_NOT next to a
   * positive clause: restricted items without one of the caller's tokens.
   */
  static Query hiddenFrom(Set<String> visibility) {
    List<BytesRef> tokens = visibility.stream().map(BytesRef::new).toList();
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(RESTRICTED, "yes")), BooleanClause.Occur.FILTER)
        .add(new TermInSetQuery(ACL, tokens), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  private static Sort newestFirst() {
    return new Sort(new SortedNumericSortField(DATE, SortField.Type.LONG, true),
        SortField.FIELD_SCORE);
  }

  private static Map<String, List<FacetValue>> newestYearsFirst(
      Map<String, List<FacetValue>> facets) {
    Map<String, List<FacetValue>> result = new LinkedHashMap<>(facets);
    List<FacetValue> years = new ArrayList<>(facets.getOrDefault(YEAR, List.of()));
    years.sort((a, b) -> b.value().compareTo(a.value()));
    result.put(YEAR, years);
    return result;
  }

  /** Visibility tokens of a caller. */
  public static Set<String> visibilityOf(boolean editor, Set<Long> communities) {
    Set<String> tokens = new java.util.HashSet<>();
    tokens.add(SearchDocument.Visibility.PUBLIC.token());
    if (editor) {
      tokens.add(SearchDocument.Visibility.EDITORS.token());
    }
    communities.forEach(c -> tokens.add(SearchDocument.Visibility.community(c).token()));
    return tokens;
  }

  static Term idTerm(long id) {
    return new Term(ID, String.valueOf(id));
  }
}
