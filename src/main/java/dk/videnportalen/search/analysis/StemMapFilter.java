package dk.videnportalen.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Replaces stems listed in a {@link StemMap}; runs after the Snowball stemmer. */
final class StemMapFilter extends TokenFilter {

  private final StemMap map;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  StemMapFilter(TokenStream input, StemMap map) {
    super(input);
    this.map = map;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      char[] target = map.target(term.buffer(), term.length());
      if (target != null) {
        term.copyBuffer(target, 0, target.length);
      }
    }
    return true;
  }
}
