package dk.videnportalen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** How much of a matching passage a hit shows. */
class SnippetPassageTest {

  private static final SnippetHighlighter.Formatter FORMATTER = new SnippetHighlighter.Formatter();

  /** Forty bullet lines of a slide with no full stop: one "sentence" of about 1,300 characters. */
  private static final String SLIDE = IntStream.range(0, 40)
      .mapToObj(i -> i == 25 ? "Aftaler der gør observationen tryg for alle"
          : "Punkt " + i + " om fælles mål")
      .collect(Collectors.joining("\n"));

  @Test
  void aLongPassageIsCutToAWindowAroundItsMatchAtSpaces() {
    String html = format(SLIDE, 0, SLIDE.length(), "tryg");
    String text = html.replace("<mark>", "").replace("</mark>", "");
    assertTrue(html.contains("observationen <mark>tryg</mark> for alle"), html);
    assertTrue(text.startsWith("… ") && text.endsWith(" …"), text);
    assertTrue(text.length() <= SnippetHighlighter.Formatter.MAX_PASSAGE_CHARS + 4, text);
    String inner = text.substring(2, text.length() - 2);
    List<String> words = List.of(SLIDE.split("\\s+"));
    for (String word : inner.split(" ")) {
      assertTrue(words.contains(word), () -> "cut inside a word: '" + word + "' in " + text);
    }
  }

  @Test
  void aMatchNearTheStartKeepsTheBeginningOfThePassage() {
    String html = format(SLIDE, 0, SLIDE.length(), "Punkt");
    assertTrue(html.startsWith("<mark>Punkt</mark> 0 om"), html);
    assertTrue(html.endsWith(" …"), html);
  }

  @Test
  void aShortPassageIsShownWhole() {
    String sentence = "Vi evaluerede med anonyme post-its om tryghed og krav.";
    assertEquals("Vi evaluerede med anonyme post-its om <mark>tryghed</mark> og krav.",
        format(sentence, 0, sentence.length(), "tryghed"));
    assertFalse(format(sentence, 0, sentence.length(), "tryghed").contains("…"));
  }

  private static String format(String content, int start, int end, String match) {
    Passage p = new Passage();
    p.setStartOffset(start);
    p.setEndOffset(end);
    int at = content.indexOf(match, start);
    p.addMatch(at, at + match.length(), new BytesRef(match), 1);
    Object formatted = FORMATTER.format(new Passage[] {p}, content);
    return ((SnippetHighlighter.Snippet) formatted).html();
  }
}
