package dk.videnportalen.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tartarus.snowball.ext.DanishStemmer;

class CompoundSplitterTest {

  static CompoundDictionary dictionary;

  @BeforeAll
  static void load() {
    dictionary = CompoundDictionary.load();
  }

  private static List<String> split(String word) {
    return new CompoundSplitter(dictionary).split(word);
  }

  @Test
  void linkingMorphemesAreRemovedFromFirstParts() {
    assertEquals(List.of("læring", "fællesskaber"), split("læringsfællesskaber"));
    assertEquals(List.of("børn", "have"), split("børnehave"));
    assertEquals(List.of("arbejde", "miljø"), split("arbejdsmiljø"));
    assertEquals(List.of("progression", "modellen"), split("progressionsmodellen"));
  }

  @Test
  void dictionaryCompoundsAreSplitToo() {
    assertEquals(List.of("forældre", "samarbejde"), split("forældresamarbejde"));
    assertEquals(List.of("kompetence", "udvikling"), split("kompetenceudvikling"));
  }

  @Test
  void longCompoundsGiveEveryLevel() {
    List<String> parts = split("kompetenceudviklingsforløb");
    assertTrue(parts.containsAll(
        List.of("kompetenceudvikling", "forløb", "kompetence", "udvikling")), parts.toString());
  }

  @Test
  void newCompoundsNotInTheDictionarySplit() {
    assertEquals(List.of("data", "informeret"), split("datainformeret"));
    assertEquals(List.of("læring", "pakkerne"), split("læringspakkerne"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"undervisning", "tilbud", "udvikling", "fællesskab", "tryghed",
      "modellen", "begreb", "kontekst", "interesse", "kulturen", "billede", "byggede", "ungdom",
      "professionelle", "aarhus"})
  void wordsThatOnlyLookLikeCompoundsStayWhole(String word) {
    assertEquals(List.of(), split(word));
  }

  @Test
  void storedStemsMatchLucenesDanishStemmer() throws IOException {
    DanishStemmer stemmer = new DanishStemmer();
    int checked = 0;
    try (BufferedReader reader = AnalysisResources.open(CompoundDictionary.RESOURCE)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split("\t", -1);
        if (line.startsWith("#") || !cells[1].startsWith("h")) {
          continue;
        }
        String word = cells[0];
        stemmer.setCurrent(word);
        stemmer.stem();
        int cut = Integer.parseInt(cells[1].substring(1));
        assertEquals(stemmer.getCurrent(), word.substring(0, word.length() - cut),
            "regenerate compound-parts.txt with CompoundListBuilder: " + word);
        checked++;
      }
    }
    assertTrue(checked > 90_000, "checked " + checked);
  }

  @Test
  void theDictionaryLoadsQuickly() {
    long start = System.nanoTime();
    CompoundDictionary loaded = CompoundDictionary.load();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(loaded.size() > 100_000, "entries: " + loaded.size());
    assertTrue(millis < 3_000, "loading took " + millis + " ms");
  }
}
