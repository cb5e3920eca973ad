package dk.videnportalen.search;

import dk.videnportalen.search.analysis.PerReaderCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces words the index has never seen by a more frequent word at most two
 * edits away. The vocabulary is the index's own (Danish, as people actually write it: the
 * spelling field keeps words unstemmed), so it needs no separate dictionary and knows every new
 * package's words as soon as it is indexed.
 */
@ApplicationScoped
public class SpellingSuggester {

  static final int MIN_WORD = 4;

  @Inject SearchAnalyzers analyzers;

  private final DirectSpellChecker checker = new DirectSpellChecker();
  /** Best replacement per unknown word ("" when there is none), per index reader. */
  private final PerReaderCache<String, String> replacements = new PerReaderCache<>(10_000);

  public SpellingSuggester() {
    checker.setMinQueryLength(MIN_WORD);
    checker.setMaxEdits(2);
  }

  /** A corrected query, or empty when every word is known or nothing better exists. */
  public Optional<String> suggest(IndexReader reader, String query) {
    try {
      boolean changed = false;
      List<String> out = new ArrayList<>();
      for (String word : words(analyzers.forQueries(), query)) {
        String replacement = word;
        if (word.length() >= MIN_WORD && reader.docFreq(new Term(IndexFields.SPELL, word)) == 0) {
          String better = replacements.get(reader, word, w -> mostPopularNear(reader, w));
          if (!better.isEmpty()) {
            replacement = better;
            changed = true;
          }
        }
        out.add(replacement);
      }
      return changed ? Optional.of(String.join(" ", out)) : Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private String mostPopularNear(IndexReader reader, String word) {
    try {
      SuggestWord[] s = checker.suggestSimilar(new Term(IndexFields.SPELL, word), 1, reader,
          SuggestMode.SUGGEST_MORE_POPULAR);
      return s.length > 0 ? s[0].string : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The query's words as the spelling field holds them (lower case, folded, unstemmed). */
  static List<String> words(Analyzer analyzer, String query) throws IOException {
    List<String> words = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(IndexFields.SPELL, query)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(term.toString());
      }
      ts.end();
    }
    return words;
  }
}
