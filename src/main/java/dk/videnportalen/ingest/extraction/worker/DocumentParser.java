package dk.videnportalen.ingest.extraction.worker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.DocumentSelector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.AbstractRecursiveParserWrapperHandler;

/**
 * The Tika pipeline for one file: detection from the bytes, then {@link AutoDetectParser} inside
 * a {@link RecursiveParserWrapper} so embedded documents (attachments, archive entries, objects in
 * office files) are parsed too, each with its failures recorded separately instead of failing the
 * whole file.
 *
 * <p>Guards, all per file: the character limit (in {@link TextSink}); the embedding depth
 * ({@link DepthLimit}); the number of embedded documents (the wrapper's handler); Tika's zip-bomb
 * guard, which compares output characters to input bytes with the configured ratio; and
 * {@link UnknownFormatParser} for unreadable unpacked streams. XML inside documents goes through
 * Tika's hardened parsers, which refuse DTDs and never fetch external entities. OCR is off: a
 * scan yields no text (and no minutes of Tesseract) even where Tesseract happens to be installed.
 */
final class DocumentParser {

  private static final byte[] ZIP_LOCAL_HEADER = {'P', 'K', 3, 4};

  private final TikaConfig tika;

  DocumentParser(TikaConfig tika) {
    this.tika = tika;
  }

  /** The media type from the bytes alone; the metadata must not name the file. */
  MediaType detect(TikaInputStream in) throws IOException {
    return tika.getDetector().detect(in, new Metadata());
  }

  ParseOutcome parse(TikaInputStream in, long fileBytes, Limits limits, TextSink sink) {
    DocumentTreeHandler tree = new DocumentTreeHandler(sink, limits.maxEmbeddedResources());
    DepthLimit depthLimit = new DepthLimit(tree, limits.maxEmbeddedDepth());
    ParseState state = new ParseState(tree, fileBytes, limits.maxCompressionRatio());

    AutoDetectParser parser = new AutoDetectParser(tika);
    AutoDetectParserConfig config = new AutoDetectParserConfig();
    config.setMaximumCompressionRatio(limits.maxCompressionRatio());
    parser.setAutoDetectParserConfig(config);
    parser.setFallback(new UnknownFormatParser());

    ParseContext context = new ParseContext();
    context.set(ParseState.class, state);
    context.set(DocumentSelector.class, depthLimit);
    context.set(EmbeddedDocumentExtractor.class, new MeteredEmbeddedExtractor(context, state));
    context.set(EncodingDetector.class, new CharsetGuard());
    context.set(TesseractOCRConfig.class, noOcr());
    context.set(PDFParserConfig.class, pdfConfig());

    Metadata metadata = new Metadata();
    Throwable thrown = null;
    try {
      new RecursiveParserWrapper(parser, true).parse(in, tree, metadata, context);
    } catch (Exception | StackOverflowError e) {
      // Reaching the character limit is truncation, not failure.
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        thrown = e;
      }
    }
    ParseFacts facts = facts(tree, state, depthLimit, metadata, thrown)
        .damagedPackage(isDamagedPackage(tree, in))
        .build();
    return new ParseOutcome(metadata, facts, tree.documents().size() - 1,
        state.rootSniffedAsText());
  }

  private static ParseFacts.Builder facts(DocumentTreeHandler tree, ParseState state,
      DepthLimit depthLimit, Metadata rootMetadata, Throwable thrown) {
    List<String> failures = new ArrayList<>();
    boolean embeddedEncrypted = false;
    boolean warnings = false;
    int letters = 0;
    for (ParsedDocument doc : tree.documents()) {
      Metadata m = doc.metadata();
      failures.addAll(List.of(m.getValues(TikaCoreProperties.EMBEDDED_EXCEPTION)));
      failures.addAll(List.of(m.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_EMBEDDED_STREAM)));
      embeddedEncrypted |= !doc.isRoot() && "true".equals(m.get(TikaCoreProperties.IS_ENCRYPTED));
      warnings |= m.get(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING) != null;
      if (!isArchive(m)) {
        letters += doc.text().contentLetters();
      }
    }
    boolean limitReached = depthLimit.reached() || "true".equals(
        rootMetadata.get(AbstractRecursiveParserWrapperHandler.EMBEDDED_RESOURCE_LIMIT_REACHED));
    return ParseFacts.builder()
        .thrown(thrown)
        .embeddedFailures(failures)
        .embeddedEncrypted(embeddedEncrypted)
        .warnings(warnings)
        .contentLetters(letters)
        .limitReached(limitReached)
        .decompressionBomb(state.bomb())
        .rootUnsupported(state.rootUnsupported())
        .embeddedUnsupported(state.embeddedUnsupported());
  }

  /**
   * A ZIP that gave nothing usable although it should have: an Office package (it has
   * {@code [Content_Types].xml}) that Tika could not open as Office and so read as a plain ZIP
   * of XML parts; or a file that starts with a ZIP entry of which not one could be read. A valid
   * empty ZIP (only an end record) is not damaged, just empty.
   */
  private static boolean isDamagedPackage(DocumentTreeHandler tree, TikaInputStream in) {
    List<ParsedDocument> documents = tree.documents();
    ParsedDocument root = documents.get(0);
    if (!isArchive(root.metadata())) {
      return false;
    }
    for (ParsedDocument doc : documents) {
      if (doc.depth() == 1 && "[Content_Types].xml".equals(
          doc.metadata().get(TikaCoreProperties.RESOURCE_NAME_KEY))) {
        return true;
      }
    }
    return documents.size() == 1 && root.text().contentLetters() == 0
        && startsWithZipEntry(in);
  }

  private static boolean startsWithZipEntry(TikaInputStream in) {
    try (InputStream head = Files.newInputStream(in.getPath())) {
      return Arrays.equals(head.readNBytes(4), ZIP_LOCAL_HEADER);
    } catch (IOException e) {
      return false;
    }
  }

  /** Archives and compressed streams: their own "text" is just the names of their entries. */
  private static boolean isArchive(Metadata m) {
    for (String parser : m.getValues(TikaCoreProperties.TIKA_PARSED_BY)) {
      if (parser.startsWith("org.apache.tika.parser.pkg.")) {
        return true;
      }
    }
    return false;
  }

  private static TesseractOCRConfig noOcr() {
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    return ocr;
  }

  private static PDFParserConfig pdfConfig() {
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    return pdf;
  }

  /** The per-file limits the parse needs. */
  record Limits(int maxEmbeddedDepth, int maxEmbeddedResources, long maxCompressionRatio) {}
}
