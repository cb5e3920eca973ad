package dk.videnportalen.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class PerReaderCacheTest {

  @Test
  void anAnswerIsComputedOncePerReaderAndAgainAfterARefresh() throws IOException {
    PerReaderCache<String, Integer> cache = new PerReaderCache<>(100);
    AtomicInteger computed = new AtomicInteger();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.addDocument(doc("a"));
      DirectoryReader first = DirectoryReader.open(writer);
      assertEquals(1, cache.get(first, "docs", k -> {
        computed.incrementAndGet();
        return first.numDocs();
      }));
      assertEquals(1, cache.get(first, "docs", k -> computed.incrementAndGet()));
      assertEquals(1, computed.get(), "the second ask on the same reader is answered from memory");

      writer.addDocument(doc("b"));
      DirectoryReader second = DirectoryReader.openIfChanged(first, writer);
      first.close();
      assertEquals(2, cache.get(second, "docs", k -> second.numDocs()),
          "a refreshed reader gets a fresh answer, never the old reader's");
      second.close();
    }
  }

  @Test
  void aFullReaderStartsOverRatherThanGrowing() throws IOException {
    PerReaderCache<Integer, Integer> cache = new PerReaderCache<>(10);
    AtomicInteger computed = new AtomicInteger();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.addDocument(doc("a"));
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        for (int i = 0; i < 25; i++) {
          cache.get(reader, i, k -> computed.incrementAndGet());
        }
        cache.get(reader, 24, k -> computed.incrementAndGet());
        assertEquals(25, computed.get(), "the latest answer is kept");
        cache.get(reader, 0, k -> computed.incrementAndGet());
        assertTrue(computed.get() == 26, "an early answer was dropped when the reader filled up");
      }
    }
  }

  private static Document doc(String id) {
    Document d = new Document();
    d.add(new StringField("id", id, Field.Store.NO));
    return d;
  }
}
