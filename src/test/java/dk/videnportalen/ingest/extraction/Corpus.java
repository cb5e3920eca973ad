package dk.videnportalen.ingest.extraction;

import dk.videnportalen.testing.TestSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** The real-world corpus in {@code shared/corpus/real-world} and its MANIFEST.tsv. */
final class Corpus {

  /** One MANIFEST row. */
  record Entry(String file, String format, String expectation, String note) {}

  private Corpus() {}

  /** The corpus folder; skips the calling test, saying why, if this machine lacks it. */
  static Path dir() {
    Optional<Path> dir = TestSettings.sharedDir()
        .map(d -> d.resolve("corpus/real-world"))
        .filter(d -> Files.isRegularFile(d.resolve("MANIFEST.tsv")));
    if (dir.isEmpty()) {
      // Test output, not server code: this is how a skipped run explains itself.
      System.out.println("Skipping: no shared/corpus/real-world here (set -Dshared.dir)");
    }
    Assumptions.assumeTrue(dir.isPresent(), "shared/corpus/real-world is not available");
    return dir.get();
  }

  static Path file(String name) {
    return dir().resolve(name);
  }

  static List<Entry> manifest() {
    try {
      List<Entry> entries = new ArrayList<>();
      List<String> lines = Files.readAllLines(dir().resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        entries.add(new Entry(f[0], f[5], f[6], f[7]));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test JVM's own class path: Tika is on it, and target/classes holds the worker. */
  static String testClassPath() {
    return System.getProperty("java.class.path");
  }

  /** An extractor on the test class path, without office previews through LibreOffice. */
  static ForkedTextExtractor extractor(ExtractionLimits limits) {
    return new ForkedTextExtractor(limits, "", Corpus::testClassPath);
  }
}
