package dk.videnportalen.search;

import static dk.videnportalen.search.IndexFields.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Suggestions as you type: titles that start with (words starting with) what was typed, then the
 * index's most frequent words with the typed prefix. Both read the live index, so a package
 * uploaded a second ago is suggested at once.
 */
@ApplicationScoped
public class SuggestionService {

  static final int MAX_SUGGESTIONS = 8;
  static final int MAX_TITLES = 5;
  static final int TERM_SCAN_LIMIT = 5_000;

  @Inject SearchIndex index;

  public List<String> suggest(String typed, Set<String> visibility) {
    String q = SearchRequest.clean(typed).toLowerCase(Locale.ROOT);
    if (q.length() < 2) {
      return List.of();
    }
    IndexSearcher searcher = null;
    try {
      searcher = index.acquire();
      if (searcher == null) {
        return List.of();
      }
      Set<String> out = new LinkedHashSet<>(titles(searcher, q, visibility));
      String[] words = q.split(" ");
      String last = words[words.length - 1];
      String head = q.substring(0, q.length() - last.length());
      for (String term : frequentTerms(searcher.getIndexReader(), last)) {
        if (out.size() >= MAX_SUGGESTIONS) {
          break;
        }
        out.add(head + term);
      }
      return List.copyOf(out);
    } catch (IOException e) {
      return List.of();
    } finally {
      index.release(searcher);
    }
  }

  private List<String> titles(IndexSearcher searcher, String q, Set<String> visibility)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int words = 0;
    for (String word : q.split(" ")) {
      String w = word.replaceAll("[^\\p{L}\\p{N}]", "");
      if (!w.isEmpty() && words++ < 8) {
        query.add(new TermQuery(new Term(TITLE_SUGGEST, w.length() > 20 ? w.substring(0, 20) : w)),
            BooleanClause.Occur.MUST);
      }
    }
    if (words == 0) {
      return List.of();
    }
    query.add(SearchService.hiddenFrom(visibility), BooleanClause.Occur.MUST_NOT);
    List<String> titles = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc d : searcher.search(query.build(), MAX_TITLES).scoreDocs) {
      titles.add(stored.document(d.doc, Set.of(TITLE)).get(TITLE));
    }
    return titles;
  }

  /** Words of the spelling field starting with {@code prefix}, most frequent first. */
  static List<String> frequentTerms(IndexReader reader, String prefix) throws IOException {
    if (prefix.length() < 2) {
      return List.of();
    }
    Terms terms = MultiTerms.getTerms(reader, SPELL);
    if (terms == null) {
      return List.of();
    }
    TermsEnum it = terms.iterator();
    BytesRef start = new BytesRef(prefix);
    if (it.seekCeil(start) == TermsEnum.SeekStatus.END) {
      return List.of();
    }
    PriorityQueue<Object[]> best = new PriorityQueue<>(
        (a, b) -> Integer.compare((int) a[1], (int) b[1]));
    int scanned = 0;
    for (BytesRef t = it.term(); t != null && scanned++ < TERM_SCAN_LIMIT; t = it.next()) {
      String s = t.utf8ToString();
      if (!s.startsWith(prefix)) {
        break;
      }
      if (s.length() > prefix.length() || scanned == 1) {
        best.add(new Object[] {s, it.docFreq()});
        if (best.size() > MAX_SUGGESTIONS) {
          best.poll();
        }
      }
    }
    List<String> out = new ArrayList<>();
    while (!best.isEmpty()) {
      out.add(0, (String) best.poll()[0]);
    }
    return out;
  }
}
