package dk.videnportalen.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortalQueryParserTest {

  static PortalAnalyzers analyzers;
  static Analyzer queryAnalyzer;
  static ByteBuffersDirectory directory;
  static DirectoryReader reader;
  static IndexSearcher searcher;
  static PortalQueryParser parser;

  /** id, title, body. */
  static final String[][] DOCS = {
    {"tryghed", "Psykologisk tryghed i teamet", "Amy Edmondson om psykologisk tryghed og læring."},
    {"spredt", "Møder i praksis", "Tryghed er vigtig. Psykologisk set handler det om ro."},
    {"plf", "Professionelle læringsfællesskaber", "Læringsfællesskaberne i dagtilbud og skole."},
    {"aarhus", "Praksisdeling i UngiAarhus Nord", "Ung i Aarhus deler viden på tværs."},
    {"vilaerer", "Vi lærer sammen", "Programmet Vi lærer sammen i dagtilbud."},
    {"sammen", "Hvad er Vi lærer sammen? – fire kerneelementer", "Vi lærer sammen om data."},
  };

  @BeforeAll
  static void index() throws IOException {
    analyzers = PortalAnalyzers.load();
    queryAnalyzer = analyzers.queryAnalyzer();
    directory = new ByteBuffersDirectory();
    Analyzer indexAnalyzer = new PerFieldAnalyzerWrapper(analyzers.indexAnalyzer(), Map.of());
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
      for (String[] doc : DOCS) {
        Document d = new Document();
        d.add(new StringField("id", doc[0], Field.Store.YES));
        d.add(new TextField("title", doc[1], Field.Store.NO));
        d.add(new TextField("body", doc[2], Field.Store.NO));
        d.add(new StringField("title_key", analyzers.normaliseKeyword(doc[1]), Field.Store.NO));
        writer.addDocument(d);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    parser = PortalQueryParser.builder(queryAnalyzer)
        .field("title", 2f).field("body", 1f)
        .titlePhraseBoost("title", 2f)
        .exactTitleBoost("title_key", analyzers::normaliseKeyword, 4f)
        .build();
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
    queryAnalyzer.close();
    analyzers.close();
  }

  static List<String> search(String input) throws IOException {
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(parser.parse(input, searcher), 10).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get("id"));
    }
    return ids;
  }

  @Test
  void quotedPhrasesNeedTheWordsTogether() throws IOException {
    assertEquals(List.of("tryghed"), search("\"psykologisk tryghed\""));
    assertTrue(search("psykologisk tryghed").containsAll(List.of("tryghed", "spredt")));
  }

  @Test
  void phrasesMatchAcrossIndexedCompoundParts() throws IOException {
    assertEquals(List.of("plf"), search("\"professionelle læringsfællesskaber\""));
  }

  @Test
  void compoundsAreFoundByTheirParts() throws IOException {
    assertEquals(List.of("plf"), search("fællesskab"));
  }

  @Test
  void exactTitleComesFirst() throws IOException {
    assertEquals("vilaerer", search("Vi lærer sammen").get(0));
  }

  @Test
  void aaSpellingFindsÅ() throws IOException {
    assertEquals("aarhus", search("UngiÅrhus Nord").get(0));
  }

  @Test
  void exclusionsAndOperators() throws IOException {
    assertEquals(List.of("spredt"), search("tryghed -edmondson"));
    assertEquals(List.of("spredt"), search("tryghed NOT edmondson"));
    assertEquals(List.of("tryghed"), search("tryghed AND læring"));
    assertTrue(search("edmondson OR aarhus").containsAll(List.of("tryghed", "aarhus")));
  }

  @Test
  void shortQueriesWithAnAbsentTopicFindNothing() throws IOException {
    assertEquals(List.of(), search("fodboldturnering budget"));
    assertEquals(List.of(), search("fodboldturnering tryghed"));
    assertEquals(List.of(), search("ferieafregning og lønseddel"));
  }

  @Test
  void typosDoNotCountAgainstTheOtherWords() throws IOException {
    assertTrue(search("psykologisk trykhed").contains("tryghed"));
  }

  @Test
  void shortQueriesMatchAnyKnownWord() throws IOException {
    // Both words are known, so a text with only one of them still counts (ranked lower).
    List<String> hits = search("edmondson møder");
    assertTrue(hits.containsAll(List.of("tryghed", "spredt")), hits.toString());
    // The price of the absent-topic rule: a name the portal has never seen empties the result.
    assertEquals(List.of(), search("Edmondson Cuddy"));
  }

  @Test
  void nothingSearchableGivesNoHitsInsteadOfAnError() {
    assertInstanceOf(MatchNoDocsQuery.class, parser.parse("og i på"));
    assertInstanceOf(MatchNoDocsQuery.class, parser.parse("\"\" NOT -"));
    assertInstanceOf(MatchNoDocsQuery.class, parser.parse(""));
  }

  @Test
  void brokenSyntaxIsSearchedAsWords() throws IOException {
    assertTrue(search("\"psykologisk tryghed").contains("tryghed"));
    assertTrue(search("tryghed) AND (").contains("tryghed"));
  }

  @Test
  void longQuestionsNeedMostOfTheirWords() {
    BooleanQuery query = (BooleanQuery) parser.parse(
        "hvordan skaber man psykologisk tryghed på møder i teamet");
    BooleanQuery words = (BooleanQuery) query.clauses().get(0).getQuery();
    // hvordan skaber psykologisk tryghed møder teamet = 6 words → 60 % = 4
    assertEquals(4, words.getMinimumNumberShouldMatch());
  }

  @Test
  void minimumShouldMatchRules() {
    assertEquals(1, MinimumShouldMatch.PORTAL.required(2, 0));
    assertEquals(3, MinimumShouldMatch.PORTAL.required(2, 1));
    assertEquals(1, MinimumShouldMatch.PORTAL.required(3, 0));
    assertEquals(3, MinimumShouldMatch.PORTAL.required(5, 0));
    assertEquals(3, MinimumShouldMatch.PORTAL.required(4, 1));
    assertEquals(2, MinimumShouldMatch.MOST.required(2, 0));
    assertEquals(1, MinimumShouldMatch.ANY.required(7, 0));
  }
}
