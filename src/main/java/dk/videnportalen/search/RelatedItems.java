package dk.videnportalen.search;

import static dk.videnportalen.search.IndexFields.*;

import dk.videnportalen.search.SearchResult.Hit;
import dk.videnportalen.search.analysis.PerReaderCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** "Related": other items whose words are most like this item's (Lucene's MoreLikeThis). */
@ApplicationScoped
public class RelatedItems {

  static final int MAX_RELATED = 5;
  /** Words of each field MoreLikeThis reads: the start of a long file says what it is about. */
  static final int MAX_TOKENS = 1_500;
  private static final Set<String> STORED =
      Set.of(ID, TYPE, TITLE, URL, SUMMARY, THEME, DATE, FILE_PREVIEWS);
  private static final String[] LIKE_FIELDS = {TITLE, SUMMARY, BODY_SNIPPET};
  private static final Set<String> LIKE_FIELD_SET = Set.of(LIKE_FIELDS);

  @Inject SearchIndex index;

  /**
   * Related items depend only on the index and the caller's visibility, and MoreLikeThis re-reads
   * and re-analyses the item's text: remembered per index reader, a popular package's page does
   * not redo it for every visitor, and the next refresh starts afresh.
   */
  private final PerReaderCache<Key, List<Hit>> cache = new PerReaderCache<>(5_000);

  private record Key(long itemId, Set<String> visibility) {}

  /** Items like {@code itemId}, or empty if the item is not in the index. */
  public List<Hit> relatedTo(long itemId, Set<String> visibility) {
    IndexSearcher searcher = null;
    try {
      searcher = index.acquire();
      if (searcher == null) {
        return List.of();
      }
      IndexSearcher current = searcher;
      return cache.get(searcher.getIndexReader(), new Key(itemId, Set.copyOf(visibility)),
          key -> find(current, key.itemId(), key.visibility()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  private List<Hit> find(IndexSearcher searcher, long itemId, Set<String> visibility) {
    try {
      TopDocs self = searcher.search(new TermQuery(SearchService.idTerm(itemId)), 1);
      if (self.scoreDocs.length == 0) {
        return List.of();
      }
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(index.analyzers().forIndexing());
      mlt.setFieldNames(LIKE_FIELDS);
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      mlt.setMaxQueryTerms(30);
      mlt.setMinWordLen(3);
      mlt.setMaxNumTokensParsed(MAX_TOKENS);
      // The item's own text, read once: like(docId) reads the whole stored document per field.
      Document item = searcher.storedFields().document(self.scoreDocs[0].doc, LIKE_FIELD_SET);
      Map<String, Collection<Object>> text = new HashMap<>();
      for (String field : LIKE_FIELDS) {
        text.put(field, List.of((Object[]) item.getValues(field)));
      }
      Query like = mlt.like(text);
      Query query = new BooleanQuery.Builder()
          .add(like, BooleanClause.Occur.MUST)
          .add(new TermQuery(SearchService.idTerm(itemId)), BooleanClause.Occur.MUST_NOT)
          .add(SearchService.hiddenFrom(visibility), BooleanClause.Occur.MUST_NOT)
          .build();
      List<Hit> hits = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc d : searcher.search(query, MAX_RELATED).scoreDocs) {
        Document doc = stored.document(d.doc, STORED);
        IndexableField date = doc.getField(DATE);
        hits.add(new Hit(Long.parseLong(doc.get(ID)), doc.get(TYPE), doc.get(TITLE), doc.get(URL),
            SnippetHighlighter.escapeText(doc.get(SUMMARY)), null, null,
            SearchService.preview(doc, 0), d.score, List.of(doc.getValues(THEME)),
            date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue())));
      }
      return List.copyOf(hits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
