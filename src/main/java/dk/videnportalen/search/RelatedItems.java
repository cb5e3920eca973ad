package dk.videnportalen.search;

import static dk.videnportalen.search.IndexFields.*;

import dk.videnportalen.search.SearchResult.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
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

  @Inject SearchIndex index;

  /** Items like {@code itemId}, or empty if the item is not in the index. */
  public List<Hit> relatedTo(long itemId, Set<String> visibility) {
    IndexSearcher searcher = null;
    try {
      searcher = index.acquire();
      if (searcher == null) {
        return List.of();
      }
      TopDocs self = searcher.search(new TermQuery(SearchService.idTerm(itemId)), 1);
      if (self.scoreDocs.length == 0) {
        return List.of();
      }
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(index.analyzers().forIndexing());
      mlt.setFieldNames(new String[] {TITLE, SUMMARY, BODY_SNIPPET});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      mlt.setMaxQueryTerms(30);
      mlt.setMinWordLen(3);
      Query like = mlt.like(self.scoreDocs[0].doc);
      Query query = new BooleanQuery.Builder()
          .add(like, BooleanClause.Occur.MUST)
          .add(new TermQuery(SearchService.idTerm(itemId)), BooleanClause.Occur.MUST_NOT)
          .add(SearchService.visibilityFilter(visibility), BooleanClause.Occur.FILTER)
          .build();
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc d : searcher.search(query, MAX_RELATED).scoreDocs) {
        Document doc = searcher.storedFields().document(d.doc);
        IndexableField date = doc.getField(DATE);
        hits.add(new Hit(Long.parseLong(doc.get(ID)), doc.get(TYPE), doc.get(TITLE), doc.get(URL),
            SnippetHighlighter.escapeText(doc.get(SUMMARY)), null, null, d.score, List.of(doc.getValues(THEME)),
            date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue())));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }
}
