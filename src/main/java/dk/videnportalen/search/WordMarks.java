package dk.videnportalen.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks the words of a text that a search matches, the way the index sees them: text and
 * query both go through the index analysis, so an inflected form is marked where the stemmer
 * joins it to the searched word, and a compound where one of its parts was searched.
 */
@ApplicationScoped
public class WordMarks {

  /** Longest query looked at; a search box sends far less. */
  static final int MAX_QUERY_CHARS = 500;

  /** A stretch of the text, marked as a match or not. */
  public record Run(String text, boolean marked) {}

  private SearchAnalyzers analyzers;

  protected WordMarks() {}

  @Inject
  public WordMarks(SearchAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  /** The text as runs; one unmarked run when the query has no words or none occur. */
  public List<Run> mark(String text, String query) {
    Set<String> wanted = query == null ? Set.of() : terms(searchedWords(query));
    if (wanted.isEmpty() || text.isEmpty()) {
      return List.of(new Run(text, false));
    }
    List<Run> runs = new ArrayList<>();
    int shown = 0;
    try (TokenStream tokens = analyzer().tokenStream(IndexFields.BODY, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        // Parts of a compound carry the compound's offsets: the whole word is marked once.
        if (offset.startOffset() >= shown && wanted.contains(term.toString())) {
          if (offset.startOffset() > shown) {
            runs.add(new Run(text.substring(shown, offset.startOffset()), false));
          }
          runs.add(new Run(text.substring(offset.startOffset(), offset.endOffset()), true));
          shown = offset.endOffset();
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String reader does not fail
    }
    if (shown < text.length()) {
      runs.add(new Run(text.substring(shown), false));
    }
    return runs;
  }

  /** The query without excluded words ({@code -ord}), which the page should not mark. */
  static String searchedWords(String query) {
    String q = query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query;
    return q.replaceAll("(^|\\s)-\\S*", " ");
  }

  private Set<String> terms(String words) {
    Set<String> terms = new HashSet<>();
    try (TokenStream tokens = analyzer().tokenStream(IndexFields.BODY, words)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private Analyzer analyzer() {
    return analyzers.forIndexing();
  }
}
