package dk.videnportalen.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * The word lists one configuration needs, read once from the class path. Only what the features
 * ask for is loaded (the compound dictionary is the only large one: about 0.5 s and 20 MB).
 */
final class AnalysisResources {

  final CharArraySet stopwords;
  final CompoundDictionary compounds;
  final StemMap stemMap;
  final DanishSpellingNormaliser spelling;
  final String defaultSynonymRules;

  AnalysisResources(Set<AnalysisFeature> features) {
    this.spelling = new DanishSpellingNormaliser(features.contains(AnalysisFeature.AA_NORMALISE),
        features.contains(AnalysisFeature.VARIANT_FOLD));
    this.stopwords = stopwords(features);
    this.compounds = features.contains(AnalysisFeature.DECOMPOUND) ? CompoundDictionary.load()
        : null;
    this.stemMap = features.contains(AnalysisFeature.LEMMA_MAP)
        && features.contains(AnalysisFeature.STEM) ? readStemMap() : null;
    this.defaultSynonymRules = features.contains(AnalysisFeature.SYNONYMS)
        ? readText("synonyms.txt") : "";
  }

  private CharArraySet stopwords(Set<AnalysisFeature> features) {
    CharArraySet words = new CharArraySet(128, false);
    if (features.contains(AnalysisFeature.STOPWORDS)) {
      words.addAll(readWords("stopwords.txt"));
    }
    if (features.contains(AnalysisFeature.QUESTION_WORDS)) {
      words.addAll(readWords("question-words.txt"));
    }
    return words.isEmpty() ? null : CharArraySet.unmodifiableSet(words);
  }

  private StemMap readStemMap() {
    DanishStemmer stemmer = new DanishStemmer();
    try (BufferedReader reader = open(StemMap.RESOURCE)) {
      return StemMap.read(reader, word -> {
        stemmer.setCurrent(spelling.normalise(word.toLowerCase(Locale.ROOT)));
        stemmer.stem();
        return stemmer.getCurrent();
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + StemMap.RESOURCE, e);
    }
  }

  private static CharArraySet readWords(String resource) {
    try (Reader reader = open(resource)) {
      return WordlistLoader.getWordSet(reader, "#", new CharArraySet(128, false));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
  }

  private static String readText(String resource) {
    try (InputStream in = stream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
  }

  static BufferedReader open(String resource) {
    return new BufferedReader(new InputStreamReader(stream(resource), StandardCharsets.UTF_8));
  }

  private static InputStream stream(String resource) {
    InputStream in = AnalysisResources.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing class-path resource " + resource);
    }
    return in;
  }
}
