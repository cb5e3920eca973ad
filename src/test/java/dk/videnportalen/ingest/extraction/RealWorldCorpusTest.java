package dk.videnportalen.ingest.extraction;

import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.CORRUPT;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.EMPTY;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.ENCRYPTED;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.OK;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.TIMEOUT;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.TOO_LARGE;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.UNSUPPORTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.videnportalen.ingest.extraction.protocol.ExtractionResult;
import dk.videnportalen.ingest.extraction.protocol.ExtractionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every file of the real-world corpus through real worker JVMs and real Tika, checked against
 * the expectation in MANIFEST.tsv. The corpus is extracted once, two files at a time on the
 * default pool of two workers (as the portal would), and each file then gets its own dynamic
 * test, so a failure names the file.
 *
 * <p>Where this extractor deliberately answers differently from the MANIFEST (which was written
 * from Tika 3.2.2 with file names), {@link #DEVIATIONS} says so and why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealWorldCorpusTest {

  /** A status that differs from the MANIFEST's expectation on purpose. */
  record Deviation(ExtractionStatus status, String reason) {}

  static final Map<String, Deviation> DEVIATIONS = Map.of(
      "tika_testPDF_Version.11.x.PDFA-1b.pdf", new Deviation(EMPTY,
          "No text layer (pdftotext finds none either). The 36 characters Tika 3.2.2 reported"
              + " are the document title, which Tika's plain-text output repeats from <head>;"
              + " here the title is metadata.title and the text is the body only."),
      "pdfbox_MissingCatalog.pdf", new Deviation(EMPTY,
          "Only /Type /Catalog is missing; PDFBox repairs the file into one blank page without"
              + " so much as a warning, so the bytes describe an empty document."),
      "poi_invalid.xlsx", new Deviation(EMPTY,
          "A valid, empty ZIP (22 bytes, just the end record). Only its name says .xlsx, and"
              + " names are ignored by design."));

  /** Bomb-like files must be stopped by a limit well before the per-file timeout. */
  private static final long BOMB_MILLIS = 20_000;
  private static final long CORPUS_MILLIS = 120_000;

  /** One file's result and how long the caller waited for it. */
  record Outcome(Corpus.Entry entry, ExtractionResult result, long millis) {}

  private ForkedTextExtractor extractor;
  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
  private long corpusMillis;
  private boolean evilExistedBefore;

  @BeforeAll
  void extractTheWholeCorpus() throws Exception {
    Path dir = Corpus.dir();
    evilExistedBefore = Files.exists(Path.of("/tmp/evil.txt"));
    extractor = Corpus.extractor(ExtractionLimits.DEFAULTS);
    ExecutorService callers = Executors.newFixedThreadPool(ExtractionLimits.DEFAULTS.workers());
    try {
      long started = System.nanoTime();
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Corpus.Entry entry : Corpus.manifest()) {
        futures.add(callers.submit(() -> {
          long t0 = System.nanoTime();
          ExtractionResult result = extractor.extract(dir.resolve(entry.file()));
          return new Outcome(entry, result, (System.nanoTime() - t0) / 1_000_000);
        }));
      }
      for (Future<Outcome> future : futures) {
        Outcome outcome = future.get();
        outcomes.put(outcome.entry().file(), outcome);
      }
      corpusMillis = (System.nanoTime() - started) / 1_000_000;
    } finally {
      callers.shutdownNow();
    }
    printSummary();
  }

  @AfterAll
  void stopWorkers() {
    if (extractor != null) {
      extractor.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFileGetsItsExpectedOutcome() {
    return outcomes.values().stream().map(o -> DynamicTest.dynamicTest(
        o.entry().file() + " [" + o.entry().expectation() + " -> " + o.result().status() + "]",
        () -> assertOutcome(o)));
  }

  private void assertOutcome(Outcome o) throws IOException {
    String file = o.entry().file();
    ExtractionResult r = o.result();
    assertWellFormed(file, r);
    Deviation deviation = DEVIATIONS.get(file);
    if (deviation != null) {
      assertEquals(deviation.status(), r.status(), file + ": " + deviation.reason());
      return;
    }
    switch (o.entry().expectation()) {
      case "extracts-text" -> {
        assertEquals(OK, r.status(), file + ": " + r);
        assertTrue(r.text().codePoints().anyMatch(Character::isLetterOrDigit),
            file + " gave no text: " + r);
      }
      case "encrypted" -> assertEncrypted(file, r);
      case "corrupt" -> {
        // Strict OOXML is valid but unsupported by Tika 3.2.2; a newer Tika might read it.
        Set<ExtractionStatus> allowed = file.equals("tika_testEXCEL.strict.xlsx")
            ? EnumSet.of(CORRUPT, UNSUPPORTED, OK) : EnumSet.of(CORRUPT, UNSUPPORTED);
        assertTrue(allowed.contains(r.status()), file + ": " + r);
      }
      case "empty" -> assertEquals(EMPTY, r.status(), file + ": " + r);
      case "image-only" -> {
        // Without OCR, scans and photos have no text: EMPTY, with a message that says why.
        assertEquals(EMPTY, r.status(), file + ": " + r);
        assertTrue(r.message().contains("billeder"), file + ": " + r.message());
      }
      case "archive" -> {
        assertTrue(EnumSet.of(OK, ENCRYPTED, CORRUPT, UNSUPPORTED).contains(r.status()),
            file + ": " + r);
        if (r.status() == OK) {
          assertFalse(r.text().isBlank(), file);
        }
      }
      case "bomb-like" -> {
        assertTrue(EnumSet.of(TOO_LARGE, CORRUPT, TIMEOUT).contains(r.status()), file + ": " + r);
        assertTrue(o.millis() < BOMB_MILLIS, file + " took " + o.millis() + " ms");
      }
      default -> fail("Unknown expectation " + o.entry().expectation() + " for " + file);
    }
  }

  private static void assertWellFormed(String file, ExtractionResult r) {
    assertNotNull(r.status(), file);
    assertFalse(r.message().isBlank(), file);
    assertEquals(r.text().length(), r.chars(), file);
    assertFalse(r.text().indexOf('\u0000') >= 0, file + " has NUL characters");
    assertTrue(isValidUnicode(r.text()), file + " has unpaired surrogates");
    assertNotNull(r.metadata(), file);
    assertNotNull(r.mediaType(), file + " has no media type: " + r);
    assertTrue(r.timings().totalMillis() >= 0, file);
  }

  /**
   * An encrypted ZIP may list its entry names and the content of entries that are not encrypted,
   * but nothing else: every line of text must be an entry name or a line of a readable entry.
   */
  private static void assertEncrypted(String file, ExtractionResult r) throws IOException {
    if (r.status() == ENCRYPTED || !file.endsWith(".zip")) {
      assertEquals(ENCRYPTED, r.status(), file + ": " + r);
      return;
    }
    assertEquals(OK, r.status(), file + ": " + r);
    assertTrue(r.message().contains("adgangskode"), file + ": " + r.message());
    Set<String> allowed = new HashSet<>();
    try (ZipFile zip = ZipFile.builder().setPath(Corpus.file(file)).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        allowed.add(entry.getName());
        if (zip.canReadEntryData(entry)) {
          try (InputStream in = zip.getInputStream(entry)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                .forEach(allowed::add);
          }
        }
      }
    }
    for (String line : r.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      assertTrue(allowed.contains(line), file + ": \"" + line + "\" is not from a readable entry");
    }
  }

  @Test
  void thePoolStillAnswersAfterTheWholeCorpus() {
    ExtractionResult r = extractor.extract(Corpus.file("tika_testPDF.pdf"));
    assertEquals(OK, r.status(), r.toString());
    assertTrue(r.text().contains("Apache Tika"), r.text());
  }

  @Test
  void danishLettersSurviveUtf8Utf16AndWindows1252() {
    String utf8 = text("uchardet_da_utf-8.txt");
    for (String file : List.of("uchardet_da_utf-8.txt", "local_da_utf-16le-bom_derived.txt",
        "uchardet_da_windows-1252.txt", "uchardet_da_iso-8859-1.txt")) {
      String text = text(file);
      assertTrue(text.matches("(?s).*[æøåÆØÅ].*"), file + ": " + text);
      assertFalse(text.contains("\uFFFD"), file + " has replacement characters");
    }
    // The same Wikipedia text in three encodings: the same characters, € included.
    assertTrue(utf8.contains("€"), utf8);
    assertEquals(utf8, text("local_da_utf-16le-bom_derived.txt"));
    assertEquals(utf8, text("uchardet_da_windows-1252.txt"));
  }

  /**
   * Known mis-detection, recorded rather than asserted: the DOS code page 865 file is taken for
   * ISO-8859-1 (read here as windows-1252), so it comes out non-empty but with æ, ø, å as other
   * characters (å as †, for example).
   */
  @Test
  void theIbm865FileIsReadableButGarbled() {
    String text = text("uchardet_da_ibm865.txt");
    assertFalse(text.isBlank());
    System.out.println("uchardet_da_ibm865.txt (mis-detected): "
        + text.lines().filter(l -> l.contains("femten")).findFirst().orElse(text.strip()));
  }

  @Test
  void noZipEntryIsWrittenOutsideItsDirectory() {
    // recext_zip-slip.zip has an entry "../../…/tmp/evil.txt"; Tika streams entries and never
    // writes them, and this checks that nothing did.
    if (!evilExistedBefore) {
      assertFalse(Files.exists(Path.of("/tmp/evil.txt")));
    }
    assertTrue(outcomes.get("recext_zip-slip.zip").result().text().contains("good.txt"));
  }

  @Test
  void theCorpusRunsWellUnderTwoMinutes() {
    assertTrue(corpusMillis < CORPUS_MILLIS, "The corpus took " + corpusMillis + " ms");
  }

  private String text(String file) {
    Outcome o = outcomes.get(file);
    assertNotNull(o, file + " is not in the manifest");
    assertEquals(OK, o.result().status(), file + ": " + o.result());
    return o.result().text().strip();
  }

  private void printSummary() {
    Map<String, Map<ExtractionStatus, Integer>> table = new TreeMap<>();
    for (Outcome o : outcomes.values()) {
      table.computeIfAbsent(o.entry().expectation(), k -> new EnumMap<>(ExtractionStatus.class))
          .merge(o.result().status(), 1, Integer::sum);
    }
    StringBuilder sb = new StringBuilder("\nCorpus: " + outcomes.size() + " files in "
        + corpusMillis + " ms on " + ExtractionLimits.DEFAULTS.workers() + " workers\n");
    table.forEach((expectation, counts) ->
        sb.append(String.format("  %-14s %s%n", expectation, counts)));
    outcomes.values().stream()
        .sorted((a, b) -> Long.compare(b.millis(), a.millis()))
        .limit(5)
        .forEach(o -> sb.append(String.format("  slow: %6d ms %s%n", o.millis(),
            o.entry().file())));
    for (Outcome o : outcomes.values()) {
      if (DEVIATIONS.containsKey(o.entry().file())) {
        sb.append("  deviation: ").append(o.entry().file()).append(" -> ")
            .append(o.result().status()).append('\n');
      }
    }
    System.out.println(sb);
  }

  private static boolean isValidUnicode(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
