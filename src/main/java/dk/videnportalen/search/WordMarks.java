package dk.videnportalen.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  /** One query's words, analysed once, to mark in any number of texts (a file's pages). */
  public final class Marker {
    private final Set<String> wanted;

    private Marker(Set<String> wanted) {
      this.wanted = wanted;
    }

    /** The text as runs; one unmarked run when the query has no words or none occur. */
    public List<Run> in(String text) {
      if (wanted.isEmpty() || text.isEmpty()) {
        return List.of(new Run(text, false));
      }
      List<Run> runs = new ArrayList<>();
      int[] shown = {0};
      analyse(text, (term, start, end) -> {
        // Parts of a compound carry the compound's offsets: the whole word is marked once.
        if (start >= shown[0] && wanted.contains(term)) {
          if (start > shown[0]) {
            runs.add(new Run(text.substring(shown[0], start), false));
          }
          runs.add(new Run(text.substring(start, end), true));
          shown[0] = end;
        }
      });
      if (shown[0] < text.length()) {
        runs.add(new Run(text.substring(shown[0]), false));
      }
      return runs;
    }
  }

  private SearchAnalyzers analyzers;

  protected WordMarks() {}

  @Inject
  public WordMarks(SearchAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  /** A marker for the query's words (none for a null or empty query). */
  public Marker forQuery(String query) {
    Set<String> wanted = new HashSet<>();
    if (query != null) {
      analyse(searchedWords(query), (term, start, end) -> wanted.add(term));
    }
    return new Marker(wanted);
  }

  /** The text as runs with the query's words marked. */
  public List<Run> mark(String text, String query) {
    return forQuery(query).in(text);
  }

  /** The query without excluded words ({@code -ord}), which the page should not mark. */
  static String searchedWords(String query) {
    String q = query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query;
    return q.replaceAll("(^|\\s)-\\S*", " ");
  }

  /** What the index analysis makes of a text, token by token. */
  private interface Tokens {
    void next(String term, int start, int end);
  }

  private void analyse(String text, Tokens tokens) {
    try (TokenStream stream = analyzers.forIndexing().tokenStream(IndexFields.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.next(term.toString(), offset.startOffset(), offset.endOffset());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String reader does not fail
    }
  }
}
