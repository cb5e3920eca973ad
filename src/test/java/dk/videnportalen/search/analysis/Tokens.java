package dk.videnportalen.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** What an analyzer makes of a text, for assertions: terms, or "term@position". */
final class Tokens {

  private Tokens() {}

  static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    for (String positioned : positioned(analyzer, text)) {
      terms.add(positioned.substring(0, positioned.lastIndexOf('@')));
    }
    return terms;
  }

  /** Terms with their positions, e.g. ["psykologisk@0", "tryghed@1"]. */
  static List<String> positioned(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(term + "@" + position);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
