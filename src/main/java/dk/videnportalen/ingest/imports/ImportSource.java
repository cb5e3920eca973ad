package dk.videnportalen.ingest.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Where an import's entries come from. An entry is either an item folder (it holds an
 * item.json) or a loose file. Names are relative paths and only ever used as labels and keys:
 * nothing is written to disk under them, so "../" in a ZIP entry name cannot escape anywhere.
 */
interface ImportSource extends AutoCloseable {

  /** The entries, in processing order. */
  List<String> entries() throws IOException;

  /** The item.json of an item-folder entry, or empty for a loose file. */
  Optional<byte[]> manifest(String entry) throws IOException;

  /**
   * Opens a file: for an item folder the file named {@code file} beside its item.json, for a
   * loose file the entry itself ({@code file} null).
   */
  InputStream open(String entry, String file) throws IOException;

  @Override
  void close() throws IOException;

  /** The key of an item folder: its last path segment. */
  static String keyOf(String entry) {
    String e = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
    return e.substring(e.lastIndexOf('/') + 1);
  }

  /** Whether an item folder holds a story (it sits under fortaellinger/). */
  static boolean isStory(String entry) {
    return entry.startsWith("fortaellinger/") || entry.contains("/fortaellinger/");
  }
}
