package dk.videnportalen.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dk.videnportalen.search.FacetingSearcherFactory.FacetingSearcher;
import dk.videnportalen.search.SearchResult.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The portal's one-pass facet counting gives what Lucene's own drill-sideways search gives, on
 * an index of several segments with deleted documents, for choices from none to one value in
 * each dimension (and a value no document has).
 */
class FacetedSearchTest {

  private static final List<String> DIMS = List.of("type", "theme", "year");
  private static final String[] TYPES = {"package", "story"};
  private static final String[] THEMES = {"natur", "leg", "data", "sprog", "trivsel"};
  private static final String[] YEARS = {"2023", "2024", "2025"};

  private final FacetsConfig config = new FacetsConfig();

  FacetedSearchTest() {
    config.setMultiValued("theme", true);
  }

  @Test
  void countsAndHitsEqualLuceneDrillSidewaysForEveryChoice() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      Random random = new Random(7);
      for (int i = 0; i < 600; i++) {
        writer.addDocument(document(i, random));
        if (i % 150 == 149) {
          writer.commit(); // several segments
        }
      }
      writer.deleteDocuments(new Term("id", "3"), new Term("id", "170"), new Term("id", "599"));
      writer.commit();
      SearcherManager manager = new SearcherManager(writer, new FacetingSearcherFactory(DIMS));
      FacetingSearcher searcher = (FacetingSearcher) manager.acquire();
      try {
        Query query = new TermQuery(new Term("text", "ord"));
        List<String[]> choices = new ArrayList<>();
        choices.add(new String[] {null, null, null});
        choices.add(new String[] {"story", null, null});
        choices.add(new String[] {null, "data", null});
        choices.add(new String[] {null, "data", "2024"});
        choices.add(new String[] {"package", "trivsel", "2025"});
        choices.add(new String[] {null, "ukendt", null});
        for (String[] chosen : choices) {
          FacetedSearch.Result<?> ours = searcher.search(query, new FacetedSearch<>(
              new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE),
              searcher.segmentFacets(), DIMS, chosen, 30));
          DrillSideways.DrillSidewaysResult theirs = luceneDrillSideways(searcher, query, chosen);
          String what = Arrays.toString(chosen);
          assertEquals(theirs.hits.totalHits.value, ours.hits().totalHits.value, what);
          assertArrayEquals(ids(searcher, theirs.hits.scoreDocs),
              ids(searcher, ours.hits().scoreDocs), what);
          assertEquals(luceneCounts(theirs), ours.facets(), what);
        }
      } finally {
        manager.release(searcher);
        manager.close();
      }
    }
  }

  @Test
  void aRefreshReusesTheArraysOfSegmentsItAlreadyRead() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      Random random = new Random(1);
      for (int i = 0; i < 20; i++) {
        writer.addDocument(document(i, random));
      }
      writer.commit();
      SearcherManager manager = new SearcherManager(writer, new FacetingSearcherFactory(DIMS));
      FacetingSearcher first = (FacetingSearcher) manager.acquire();
      writer.addDocument(document(20, random));
      manager.maybeRefreshBlocking();
      FacetingSearcher second = (FacetingSearcher) manager.acquire();
      try {
        assertEquals(2, second.segmentFacets().size());
        assertSame(first.segmentFacets().get(0), second.segmentFacets().get(0));
      } finally {
        manager.release(first);
        manager.release(second);
        manager.close();
      }
    }
  }

  private Document document(int i, Random random) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("id", String.valueOf(i), Field.Store.YES));
    doc.add(new TextField("text", random.nextInt(4) == 0 ? "andet" : "ord ord" + " ord".repeat(
        random.nextInt(3)), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField("type", TYPES[random.nextInt(TYPES.length)]));
    int themes = random.nextInt(3); // some documents have no theme
    for (int t = 0; t < themes; t++) {
      doc.add(new SortedSetDocValuesFacetField("theme", THEMES[random.nextInt(THEMES.length)]));
    }
    if (random.nextInt(5) > 0) {
      doc.add(new SortedSetDocValuesFacetField("year", YEARS[random.nextInt(YEARS.length)]));
    }
    return config.build(doc);
  }

  private DrillSideways.DrillSidewaysResult luceneDrillSideways(IndexSearcher searcher,
      Query query, String[] chosen) throws IOException {
    DrillDownQuery drill = new DrillDownQuery(config, query);
    for (int d = 0; d < DIMS.size(); d++) {
      if (chosen[d] != null) {
        drill.add(DIMS.get(d), chosen[d]);
      }
    }
    DefaultSortedSetDocValuesReaderState state =
        new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), config);
    return new DrillSideways(searcher, config, state).search(drill, 10);
  }

  private static Map<String, List<FacetValue>> luceneCounts(DrillSideways.DrillSidewaysResult r)
      throws IOException {
    Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
    for (String dim : DIMS) {
      List<FacetValue> values = new ArrayList<>();
      FacetResult result = r.facets.getTopChildren(30, dim);
      if (result != null) {
        Arrays.stream(result.labelValues)
            .forEach(lv -> values.add(new FacetValue(lv.label, lv.value.longValue())));
      }
      counts.put(dim, values);
    }
    return counts;
  }

  private static String[] ids(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
    String[] ids = new String[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = searcher.storedFields().document(docs[i].doc).get("id");
    }
    return ids;
  }
}
