package dk.videnportalen.ingest.extraction.worker;

import dk.videnportalen.ingest.extraction.protocol.DocumentMetadata;
import dk.videnportalen.ingest.extraction.protocol.ExtractionStatus;
import dk.videnportalen.ingest.extraction.protocol.ExtractionTimings;
import dk.videnportalen.ingest.extraction.protocol.WorkerReply;
import dk.videnportalen.ingest.extraction.protocol.WorkerRequest;
import dk.videnportalen.ingest.extraction.worker.preview.PreviewMaker;
import dk.videnportalen.ingest.extraction.worker.preview.PreviewSource;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;

/**
 * One request from start to reply: detect, parse (text to the request's text file), classify,
 * read metadata, and render a preview if asked. Everything a file can do wrong ends as a status in
 * the reply; only trouble with the worker itself (its disk, its own bugs) escapes as an exception.
 */
final class DocumentExtraction {

  private static final Logger LOG = Logger.getLogger(DocumentExtraction.class.getName());
  /** Enough text for the language guess and the text card; the rest stays on disk. */
  private static final int SAMPLE_CHARS = 20_000;
  /** Time kept back from the per-file limit so that a slow preview does not cost the text. */
  private static final long PREVIEW_MARGIN_MILLIS = 3_000;

  private final DocumentParser parser;
  private final Path workDir;
  private PreviewMaker previews;
  private String previewsCommand;

  DocumentExtraction(TikaConfig tika, Path workDir) {
    this.parser = new DocumentParser(tika);
    this.workDir = workDir;
  }

  WorkerReply extract(WorkerRequest request) throws IOException {
    long started = System.nanoTime();
    Path file = request.file();
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      Files.writeString(request.textFile(), "");
      return WorkerReply.of(ExtractionStatus.CORRUPT, "Filen kunne ikke åbnes", null);
    }
    String mediaType;
    ParseOutcome outcome;
    TextSink sink;
    long detected;
    // TikaInputStream.get(Path) files the name in a metadata object of its own, which is never
    // passed on: detection and parsing see only the bytes.
    try (TikaInputStream in = TikaInputStream.get(file);
        Writer text = Files.newBufferedWriter(request.textFile(), StandardCharsets.UTF_8)) {
      mediaType = parser.detect(in).getBaseType().toString();
      detected = System.nanoTime();
      sink = new TextSink(text, request.maxChars(), SAMPLE_CHARS);
      outcome = parser.parse(in, size, new DocumentParser.Limits(request.maxEmbeddedDepth(),
          request.maxEmbeddedResources(), request.maxCompressionRatio()), sink);
      sink.close();
    }
    if (outcome.sniffedAsText()) {
      mediaType = "text/plain";
    }
    ParseFacts facts = outcome.facts();
    if (facts.contentLetters() == 0) {
      facts = facts.toBuilder().pictures(mediaType.startsWith("image/")
          || ("application/pdf".equals(mediaType) && PdfPictures.hasImages(file))).build();
    }
    Verdict verdict = OutcomeClassifier.classify(facts);
    DocumentMetadata metadata = MetadataReader.read(outcome.metadata(), sink.sample());
    long parsed = System.nanoTime();
    logOutcome(mediaType, verdict, facts);

    byte[] preview = null;
    if (request.preview() && (verdict.status() == ExtractionStatus.OK
        || verdict.status() == ExtractionStatus.EMPTY)) {
      long spent = (parsed - started) / 1_000_000;
      Duration budget = Duration.ofMillis(
          Math.max(0, request.timeoutMillis() - spent - PREVIEW_MARGIN_MILLIS));
      preview = previews(request.libreOffice()).make(
          new PreviewSource(file, mediaType, metadata.title(), sink.sample()), budget);
    }
    long finished = System.nanoTime();
    ExtractionTimings timings = new ExtractionTimings(millis(started, detected),
        millis(detected, parsed), millis(parsed, finished));
    return new WorkerReply(verdict.status(), verdict.message(), mediaType, sink.chars(),
        sink.truncated() || verdict.partial(), metadata, outcome.embeddedCount(), preview,
        timings);
  }

  private PreviewMaker previews(String libreOffice) {
    if (previews == null || !Objects.equals(previewsCommand, libreOffice)) {
      previews = new PreviewMaker(libreOffice, workDir);
      previewsCommand = libreOffice;
    }
    return previews;
  }

  /** On stderr, which the portal logs at FINE: why a file got its status. */
  private static void logOutcome(String mediaType, Verdict verdict, ParseFacts facts) {
    if (verdict.status() == ExtractionStatus.OK && facts.thrown() == null) {
      return;
    }
    String cause = facts.thrown() == null ? ""
        : " (" + facts.thrown().getClass().getName() + ": " + facts.thrown().getMessage() + ")";
    LOG.log(Level.INFO, mediaType + " -> " + verdict.status() + cause
        + (facts.embeddedFailures().isEmpty() ? ""
            : ", " + facts.embeddedFailures().size() + " embedded failure(s)"));
  }

  private static long millis(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1_000_000;
  }
}
