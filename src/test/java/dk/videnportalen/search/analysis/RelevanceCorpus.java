package dk.videnportalen.search.analysis;

import dk.videnportalen.testing.Tsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The shared relevance development set, read in place from {@code shared/relevance}: documents
 * (text extracted with Tika, as the portal's ingest does), queries and graded judgments.
 */
final class RelevanceCorpus {

  record Doc(String key, String title, List<String> themes, String body) {}

  record Query(String qid, String text, String category) {}

  final List<Doc> docs;
  final List<Query> queries;
  /** qid → (doc key → grade). */
  final Map<String, Map<String, Integer>> qrels;

  private RelevanceCorpus(List<Doc> docs, List<Query> queries,
      Map<String, Map<String, Integer>> qrels) {
    this.docs = docs;
    this.queries = queries;
    this.qrels = qrels;
  }

  /** The folder holding docs.tsv, queries.tsv, qrels.tsv and docs/. */
  static Path defaultDir() {
    String shared = System.getProperty("shared.dir", "../shared");
    return Path.of(shared, "relevance").toAbsolutePath().normalize();
  }

  static RelevanceCorpus load(Path dir) throws IOException {
    List<Doc> docs = new ArrayList<>();
    AutoDetectParser parser = new AutoDetectParser();
    for (Map<String, String> row : Tsv.read(dir.resolve("docs.tsv"))) {
      String body = extract(parser, dir.resolve(row.get("file")));
      docs.add(new Doc(row.get("key"), row.get("title"), List.of(row.get("themes").split(";")),
          body));
    }
    List<Query> queries = new ArrayList<>();
    for (Map<String, String> row : Tsv.read(dir.resolve("queries.tsv"))) {
      queries.add(new Query(row.get("qid"), row.get("query"), row.get("category")));
    }
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    for (Map<String, String> row : Tsv.read(dir.resolve("qrels.tsv"))) {
      qrels.computeIfAbsent(row.get("qid"), k -> new HashMap<>())
          .put(row.get("key"), Integer.parseInt(row.get("grade")));
    }
    return new RelevanceCorpus(docs, queries, qrels);
  }

  private static String extract(AutoDetectParser parser, Path file) throws IOException {
    BodyContentHandler handler = new BodyContentHandler(-1);
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, handler, new Metadata(), new ParseContext());
    } catch (SAXException | TikaException e) {
      throw new IOException("Tika could not extract " + file, e);
    }
    return handler.toString();
  }

}
