package dk.videnportalen.search.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SwappableSynonymsTest {

  static PortalAnalyzers analyzers;

  @BeforeAll
  static void load() {
    analyzers = PortalAnalyzers.load();
  }

  @AfterAll
  static void close() {
    analyzers.close();
  }

  @Test
  void englishQueriesGetTheirDanishTerms() {
    try (Analyzer query = analyzers.queryAnalyzer()) {
      List<String> terms = Tokens.terms(query, "psychological safety");
      assertTrue(terms.containsAll(Tokens.terms(query, "psykologisk tryghed")), terms.toString());
    }
  }

  @Test
  void danishQueriesAreLeftAloneByEnglishRules() {
    try (Analyzer query = analyzers.queryAnalyzer()) {
      assertFalse(Tokens.terms(query, "ledelse").contains("leadership"));
    }
  }

  @Test
  void rulesCoverInflectionsThroughStemming() throws ParseException {
    SwappableSynonyms synonyms = new SwappableSynonyms(
        analyzers.parseSynonyms("plf, professionelle læringsfællesskaber"));
    try (Analyzer query = analyzers.queryAnalyzer(synonyms)) {
      assertTrue(Tokens.terms(query, "professionelle læringsfællesskabet").contains("plf"));
    }
  }

  @Test
  void replacingTheMapChangesTheNextQueryWithoutANewAnalyzer() throws ParseException {
    SwappableSynonyms synonyms = analyzers.newSwappableSynonyms();
    try (Analyzer query = analyzers.queryAnalyzer(synonyms)) {
      String trivsel = Tokens.terms(query, "trivsel").get(0);
      assertFalse(Tokens.terms(query, "glæde").contains(trivsel));

      synonyms.replace(analyzers.parseSynonyms("glæde => glæde, trivsel"));
      assertTrue(Tokens.terms(query, "glæde").contains(trivsel));
      assertFalse(Tokens.terms(query, "psychological safety").contains(
          Tokens.terms(query, "tryghed").get(0)), "the old rules are gone");

      synonyms.replace(analyzers.defaultSynonyms());
      assertFalse(Tokens.terms(query, "glæde").contains(trivsel));
    }
  }

  @Test
  void malformedRulesAreReported() {
    assertThrows(ParseException.class, () -> analyzers.parseSynonyms("og => i"));
  }
}
