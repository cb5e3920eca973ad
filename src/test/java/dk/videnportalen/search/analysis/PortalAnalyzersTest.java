package dk.videnportalen.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortalAnalyzersTest {

  static PortalAnalyzers analyzers;
  static Analyzer index;
  static Analyzer query;

  @BeforeAll
  static void load() {
    analyzers = PortalAnalyzers.load();
    index = analyzers.indexAnalyzer();
    query = analyzers.queryAnalyzer();
  }

  @AfterAll
  static void close() {
    query.close();
    analyzers.close();
  }

  @Test
  void aarhusAndArhusMeet() {
    assertEquals(Tokens.terms(index, "Århus"), Tokens.terms(index, "Aarhus"));
    assertEquals(Tokens.terms(index, "UngiAarhus"), Tokens.terms(query, "UngiÅrhus"));
    assertEquals(Tokens.terms(index, "AARHUS"), Tokens.terms(query, "århus"));
  }

  @Test
  void foreignAndTransliteratedLettersFoldToDanishOnes() {
    assertEquals(Tokens.terms(query, "læringspartner"), Tokens.terms(query, "laeringspartner"));
    assertEquals(Tokens.terms(query, "arbejdsmiljø"), Tokens.terms(query, "arbejdsmiljoe"));
    assertEquals(Tokens.terms(query, "Jørgen"), Tokens.terms(query, "Jörgen"));
    assertEquals(Tokens.terms(query, "ære"), Tokens.terms(query, "äre"));
    assertEquals(Tokens.terms(query, "idé"), Tokens.terms(query, "ide"));
  }

  @Test
  void åIsNotFoldedToA() {
    assertNotEquals(Tokens.terms(query, "går"), Tokens.terms(query, "gar"));
    assertNotEquals(Tokens.terms(query, "tø"), Tokens.terms(query, "to"));
  }

  @Test
  void stopwordsAreRemovedButTheirPositionsKept() {
    assertEquals(List.of(Tokens.terms(query, "lærer").get(0) + "@1",
        Tokens.terms(query, "sammen").get(0) + "@2"), Tokens.positioned(query, "Vi lærer sammen"));
    assertEquals(List.of("børn@0", "ung@2"), Tokens.positioned(query, "børn og unge"));
  }

  @Test
  void compoundsAreFoundByTheirParts() {
    List<String> indexed = Tokens.positioned(index, "Stærkere læringsfællesskaber");
    for (String part : List.of("fællesskab", "læring", "læringsfællesskab", "fællesskaberne")) {
      String stem = Tokens.terms(query, part).get(0);
      assertTrue(indexed.contains(stem + "@1"), part + " → " + stem + " in " + indexed);
    }
    assertTrue(Tokens.terms(index, "forældresamarbejde").containsAll(
        Tokens.terms(query, "forældre samarbejde")));
    assertTrue(Tokens.terms(index, "progressionsmodellen").containsAll(
        Tokens.terms(query, "progression model")));
  }

  @Test
  void compoundsAreNotSplitAtQueryTime() {
    assertEquals(1, Tokens.terms(query, "læringsfællesskaber").size());
    assertEquals(Tokens.terms(query, "læringsfællesskab"),
        Tokens.terms(query, "læringsfællesskaberne"));
  }

  @Test
  void phrasesKeepTheirPositionsAcrossCompounds() {
    // Parts share the compound's position, so the next word stays one step further on.
    List<String> tokens = Tokens.positioned(index, "professionelle læringsfællesskaber virker");
    assertTrue(tokens.contains("professionel@0"), tokens.toString());
    assertTrue(tokens.contains("læringsfællesskab@1"), tokens.toString());
    assertTrue(tokens.contains("fællesskab@1"), tokens.toString());
    assertTrue(tokens.contains("virk@2"), tokens.toString());
  }

  @Test
  void nounsAndTheirVerbsMeet() {
    String verb = Tokens.terms(query, "undervise").get(0);
    assertEquals(List.of(verb), Tokens.terms(index, "undervisning"));
    assertEquals(List.of(verb), Tokens.terms(index, "undervisningen"));
    assertEquals(Tokens.terms(query, "evaluere"), Tokens.terms(index, "evalueringen"));
  }

  @Test
  void suggestionAnalyzerKeepsWordsAsTyped() {
    assertEquals(List.of("læringsfællesskaberne", "i", "århus"),
        Tokens.terms(analyzers.suggestAnalyzer(), "Læringsfællesskaberne i Aarhus"));
  }

  @Test
  void keywordsAreNormalisedForFacetsAndTitles() {
    assertEquals("ungiårhus nord", analyzers.normaliseKeyword("  UngiAarhus -- Nord! "));
    assertEquals("vi lærer sammen", analyzers.normaliseKeyword("vi-laerer-sammen"));
  }

  @Test
  void eachFeatureCanBeSwitchedOff() {
    try (PortalAnalyzers plain = PortalAnalyzers.load(java.util.EnumSet.of(
        AnalysisFeature.STOPWORDS, AnalysisFeature.STEM))) {
      assertEquals(List.of("læringsfællesskab"),
          Tokens.terms(plain.indexAnalyzer(), "læringsfællesskaber"));
      assertEquals(List.of("aarhus"), Tokens.terms(plain.indexAnalyzer(), "Aarhus"));
    }
  }
}
