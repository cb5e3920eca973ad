package dk.videnportalen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.videnportalen.search.SearchDocument.Visibility;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weighted words field: one entry per word with its occurrences weighted by field, filled
 * while the body is indexed; phrases use the body, whose values do not run into each other.
 */
class WeightedWordsTest {

  @Test
  void aWordCountsByTheFieldItOccursIn(@TempDir Path dir) throws IOException {
    try (InProcessPortalSearch index = new InProcessPortalSearch(dir)) {
      index.add(item(1, "Udeskole for de mindste", List.of("Natur og udeskole"),
          "Udeskole hver tirsdag.", "Vi gik ud. Udeskole gav ro."));
      index.commitAndRefresh();

      IndexSearcher searcher = index.acquire();
      try {
        long frequency = searcher.getIndexReader().totalTermFreq(
            new Term(IndexFields.WORDS, analysed(index, "udeskole")));
        assertEquals(WeightedWords.TITLE + WeightedWords.THEMES + WeightedWords.THEMES
            + WeightedWords.BODY, frequency, "title, theme name, summary and body once each");
      } finally {
        index.release(searcher);
      }
    }
  }

  @Test
  void aTitleMatchRanksAboveTheSameWordInTheBody(@TempDir Path dir) throws IOException {
    try (InProcessPortalSearch index = new InProcessPortalSearch(dir)) {
      index.add(item(1, "Dagens møde", List.of(), "Et kort referat.",
          "Vi talte om bevægelse i frikvarteret og om andre ting."));
      index.add(item(2, "Bevægelse i frikvarteret", List.of(), "Et kort referat.",
          "Vi talte om dagens møde og om andre ting."));
      index.add(item(3, "Frokost", List.of("Bevægelse"), "Et kort referat.",
          "Vi talte om maden og om andre ting."));
      index.commitAndRefresh();

      SearchResult result = index.search(request("bevægelse"));
      assertEquals(List.of(2L, 3L, 1L), result.hits().stream().map(SearchResult.Hit::id).toList(),
          "title before theme name before body");
    }
  }

  @Test
  void aPhraseDoesNotRunFromTheTitleIntoTheSummary(@TempDir Path dir) throws IOException {
    try (InProcessPortalSearch index = new InProcessPortalSearch(dir)) {
      index.add(item(1, "Leg i skoven", List.of(), "Naturen som rum for læring.", "Tekst."));
      index.commitAndRefresh();

      assertEquals(1, index.search(request("\"leg i skoven\"")).total());
      assertEquals(1, index.search(request("\"naturen som rum\"")).total());
      assertEquals(0, index.search(request("\"skoven naturen\"")).total());
    }
  }

  private static String analysed(InProcessPortalSearch index, String word) throws IOException {
    try (TokenStream tokens = index.queryAnalyzer().tokenStream(IndexFields.WORDS, word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      tokens.incrementToken();
      String text = term.toString();
      tokens.end();
      return text;
    }
  }

  private static SearchRequest request(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, 0, 10);
  }

  private static SearchDocument item(long id, String title, List<String> themeNames,
      String summary, String text) {
    return new SearchDocument(id, ItemType.STORY, title, summary,
        themeNames.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList(), themeNames,
        null, null, LocalDate.of(2026, 5, 1), "/fortaellinger/" + id, Visibility.PUBLIC, text,
        List.of());
  }
}
