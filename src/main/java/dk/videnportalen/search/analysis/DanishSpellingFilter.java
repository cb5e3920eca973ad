package dk.videnportalen.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies a {@link DanishSpellingNormaliser} to every token. */
final class DanishSpellingFilter extends TokenFilter {

  private final DanishSpellingNormaliser normaliser;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  DanishSpellingFilter(TokenStream input, DanishSpellingNormaliser normaliser) {
    super(input);
    this.normaliser = normaliser;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    term.setLength(normaliser.normalise(term.buffer(), term.length()));
    return true;
  }
}
