package dk.videnportalen.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One physical index: its directory, its single writer and the searcher manager reading it. The
 * commit carries the number of the last queue event applied and the index format version, so
 * after a crash the indexer knows where to resume, and a format change triggers a rebuild.
 */
final class IndexGeneration implements Closeable {

  static final String LAST_EVENT = "lastEvent";
  static final String VERSION = "indexVersion";

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile long lastEvent;

  private IndexGeneration(Path path, Directory directory, IndexWriter writer,
      SearcherManager searchers, long lastEvent) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.lastEvent = lastEvent;
  }

  /** Opens (or creates) the index at {@code path}. Throws if it is unreadable. */
  static IndexGeneration open(Path path, Analyzer analyzer) throws IOException {
    Directory directory = FSDirectory.open(path);
    IndexWriter writer = null;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(32)
          .setCommitOnClose(true);
      writer = new IndexWriter(directory, config);
      Map<String, String> data = new HashMap<>();
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      long last = Long.parseLong(data.getOrDefault(LAST_EVENT, "-1"));
      SearcherManager searchers = new SearcherManager(writer,
          new FacetingSearcherFactory(SearchService.FACET_DIMENSIONS));
      return new IndexGeneration(path, directory, writer, searchers, last);
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
      throw e;
    }
  }

  /** The format version recorded in the last commit, or null for a new index. */
  String committedVersion() {
    Map<String, String> data = new HashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    return data.get(VERSION);
  }

  IndexWriter writer() {
    return writer;
  }

  SearcherManager searchers() {
    return searchers;
  }

  Path path() {
    return path;
  }

  long lastEvent() {
    return lastEvent;
  }

  int documents() {
    return writer.getDocStats().numDocs;
  }

  void update(long id, org.apache.lucene.document.Document doc) throws IOException {
    writer.updateDocument(new Term(IndexFields.ID, String.valueOf(id)), doc);
  }

  void delete(long id) throws IOException {
    writer.deleteDocuments(new Term(IndexFields.ID, String.valueOf(id)));
  }

  /** Makes changes visible to searchers (near-real-time, no fsync). */
  void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  /** Makes changes durable, recording the last event applied. */
  void commit(long lastEventApplied) throws IOException {
    this.lastEvent = lastEventApplied;
    writer.setLiveCommitData(Map.of(
        LAST_EVENT, String.valueOf(lastEventApplied),
        VERSION, IndexFields.INDEX_VERSION).entrySet());
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        writer.close();
      } finally {
        directory.close();
      }
    }
  }
}
