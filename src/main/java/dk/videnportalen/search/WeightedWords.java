package dk.videnportalen.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The {@link IndexFields#WORDS} field of one item: every analysed word once, its frequency the
 * sum of its occurrences weighted by the field they come from. BM25 over this field is BM25F
 * over title, theme names, summary and body with those weights (the field length is weighted
 * alike, as Lucene adds term frequencies to the length), at the cost of a single postings list
 * per word at search time.
 */
final class WeightedWords {

  /**
   * Weight of a title word: "title > themes/summary > body". Through bench/relevance.sh, 3 / 2 / 1
   * scored best (nDCG@10 0.927; 4 / 2 / 1 0.926, 3 / 1 / 1 0.918, 2 / 1 / 1 0.916).
   */
  static final int TITLE = 3;
  /** Weight of a word in the theme names or the summary. */
  static final int THEMES = 2;
  static final int BODY = 1;

  private static final FieldType TYPE = new FieldType();

  static {
    // Custom term frequencies are only allowed without positions; phrases use the body field.
    TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    TYPE.setTokenized(true);
    TYPE.freeze();
  }

  private final Map<String, Integer> frequencies = new HashMap<>();

  /**
   * A value of another field (the body, with positions) that also adds each of its words,
   * weighted, to this field. The text is analysed once for both fields, when the body value is
   * inverted: the words field must therefore come after it in the document, as Lucene inverts a
   * document's fields in order. The token stream is made at that moment, not before, because an
   * analyzer reuses one stream per field and thread.
   */
  Field countedValueOf(String field, String text, int weight) {
    return new Field(field, text, TextField.TYPE_NOT_STORED) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        return new Counting(super.tokenStream(analyzer, reuse), weight);
      }
    };
  }

  Field field() {
    return new Field(IndexFields.WORDS, new Frequencies(frequencies), TYPE);
  }

  /** Passes tokens through, counting each word with a weight. */
  private final class Counting extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final int weight;

    Counting(TokenStream input, int weight) {
      super(input);
      this.weight = weight;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      frequencies.merge(term.toString(), weight, Integer::sum);
      return true;
    }
  }

  /** Each word once, with its weighted frequency. */
  private static final class Frequencies extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    private final Map<String, Integer> frequencies;
    private Iterator<Map.Entry<String, Integer>> next;

    Frequencies(Map<String, Integer> frequencies) {
      this.frequencies = frequencies;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = frequencies.entrySet().iterator();
    }

    @Override
    public boolean incrementToken() {
      if (!next.hasNext()) {
        return false;
      }
      clearAttributes();
      Map.Entry<String, Integer> word = next.next();
      term.setEmpty().append(word.getKey());
      frequency.setTermFrequency(word.getValue());
      return true;
    }
  }
}
