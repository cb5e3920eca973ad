package dk.videnportalen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.videnportalen.search.WordMarks.Run;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which words of a page are marked for a search, through the portal's real analysis. */
class WordMarksTest {

  private static final WordMarks MARKS = new WordMarks(new SearchAnalyzers());

  /** The marked words, in order. */
  private static List<String> marked(String text, String query) {
    List<Run> runs = MARKS.mark(text, query);
    assertEquals(text, runs.stream().map(Run::text).collect(Collectors.joining()),
        "the runs together are the text, unchanged");
    return runs.stream().filter(Run::marked).map(Run::text).toList();
  }

  @Test
  void inflectedFormsOfTheSearchedWordAreMarked() {
    assertEquals(List.of("Læringssamtalen", "læringssamtaler"),
        marked("Læringssamtalen tager 20 minutter. Vi holder læringssamtaler hver uge.",
            "læringssamtale"));
  }

  @Test
  void aCompoundIsMarkedForOneOfItsParts() {
    assertEquals(List.of("forældresamarbejde"),
        marked("Et godt forældresamarbejde kræver tid.", "samarbejde"));
  }

  @Test
  void excludedWordsAndEmptyQueriesMarkNothing() {
    assertEquals(List.of(), marked("Feedback og data i teamet.", "-feedback"));
    assertEquals(List.of(), marked("Feedback og data i teamet.", ""));
    assertEquals(List.of(), marked("Feedback og data i teamet.", null));
    assertEquals(List.of("data"), marked("Feedback og data i teamet.", "data -feedback"));
  }
}
