package dk.videnportalen.ingest.extraction;

import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.OK;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.TIMEOUT;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.TOO_LARGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.ingest.extraction.protocol.ExtractionResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens when a worker has to be killed or dies, on real worker JVMs: the file gets a
 * status, the worker is replaced, and the next file is served as if nothing happened.
 */
class WorkerFailureTest {

  private static final ExtractionLimits ONE_WORKER = ExtractionLimits.DEFAULTS.withWorkers(1);

  @Test
  void aFileThatTakesTooLongIsStoppedAndTheNextOneIsServed() {
    try (Closing x = new Closing(Corpus.extractor(ONE_WORKER))) {
      ExtractionRequest slow = ExtractionRequest.of(
          Corpus.file("os2ds_Midler-til-frivilligt-arbejde.pdf"))
          .withLimits(ONE_WORKER.withTimeout(Duration.ofMillis(50)));
      ExtractionResult r = x.extractor.extract(slow);
      assertEquals(TIMEOUT, r.status(), r.toString());
      assertEquals("Filen blev ikke færdigbehandlet inden for 50 millisekunder", r.message());
      assertEquals(0, x.extractor.liveWorkers(), "the stopped worker is gone");

      ExtractionResult next = x.extractor.extract(Corpus.file("tika_testPDF.pdf"));
      assertEquals(OK, next.status(), next.toString());
      assertEquals(1, x.extractor.liveWorkers());
    }
  }

  @Test
  void aFileThatNeedsMoreMemoryThanTheHeapIsTooLargeAndTheNextOneIsServed(@TempDir Path dir)
      throws IOException {
    // Tika's HTML parser builds the whole DOM first: 400,000 paragraphs need far more than 32 MB,
    // which is enough for the worker itself and for ordinary files.
    Path html = dir.resolve("huge.html");
    try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
      out.write("<html><body>\n");
      for (int i = 0; i < 400_000; i++) {
        out.write("<p class=\"x\">Afsnit " + i + " om børn og unge</p>\n");
      }
      out.write("</body></html>\n");
    }
    try (Closing x = new Closing(Corpus.extractor(ONE_WORKER.withWorkerHeap("32m")))) {
      ExtractionResult r = x.extractor.extract(html);
      assertEquals(TOO_LARGE, r.status(), r.toString());
      assertTrue(r.message().contains("hukommelse"), r.message());

      ExtractionResult next = x.extractor.extract(Corpus.file("uchardet_da_utf-8.txt"));
      assertEquals(OK, next.status(), next.toString());
      assertTrue(next.text().contains("møntenheden"));
    }
  }

  @Test
  void callersWaitForAFreeWorkerAndWorkersAreRecycled() throws Exception {
    ExtractionLimits limits = ONE_WORKER.withRecycleAfter(2);
    try (Closing x = new Closing(Corpus.extractor(limits))) {
      ExecutorService callers = Executors.newFixedThreadPool(4);
      try {
        List<Future<ExtractionResult>> results = new ArrayList<>();
        for (String file : List.of("tika_testPDF.pdf", "tika_testWORD.docx",
            "uchardet_da_utf-8.txt", "tika_testEXCEL.xlsx", "tika_testRTF.rtf")) {
          results.add(callers.submit(() -> {
            ExtractionResult r = x.extractor.extract(Corpus.file(file));
            assertTrue(x.extractor.liveWorkers() <= 1, "never more workers than configured");
            return r;
          }));
        }
        for (Future<ExtractionResult> result : results) {
          assertEquals(OK, result.get().status(), result.get().toString());
        }
      } finally {
        callers.shutdownNow();
      }
    }
  }

  @Test
  void aWorkerThatCannotStartMakesTheExtractorUnavailable(@TempDir Path dir) {
    Path anyFile = Corpus.file("tika_testPDF.pdf");
    try (Closing x = new Closing(new ForkedTextExtractor(ONE_WORKER, "",
        () -> dir.resolve("no-such.jar").toString()))) {
      ExtractorUnavailableException e = assertThrows(ExtractorUnavailableException.class,
          () -> x.extractor.extract(anyFile));
      assertTrue(e.getMessage().contains("ExtractionWorker"), e.getMessage());
    }
  }

  @Test
  void closingStopsRunningWorkAndRefusesNewWork() throws Exception {
    ForkedTextExtractor extractor = Corpus.extractor(ONE_WORKER);
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try {
      Future<ExtractionResult> running = caller.submit(() -> extractor.extract(
          Corpus.file("os2ds_Midler-til-frivilligt-arbejde.pdf")));
      Thread.sleep(300);
      extractor.close();
      ExecutionException e = assertThrows(ExecutionException.class, running::get);
      assertTrue(e.getCause() instanceof ExtractorUnavailableException, e.toString());
      assertEquals(0, extractor.liveWorkers());
      assertThrows(ExtractorUnavailableException.class,
          () -> extractor.extract(Corpus.file("tika_testRTF.rtf")));
    } finally {
      caller.shutdownNow();
    }
  }

  /** try-with-resources for an extractor whose close() is its @PreDestroy. */
  private record Closing(ForkedTextExtractor extractor) implements AutoCloseable {
    @Override
    public void close() {
      extractor.close();
    }
  }
}
