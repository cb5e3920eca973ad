package dk.videnportalen.ingest.extraction;

import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.CORRUPT;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.EMPTY;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.OK;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.TOO_LARGE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.ingest.extraction.protocol.ExtractionResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a healthy worker delivers, on real corpus files: truncation, page breaks, metadata,
 * previews, detection from bytes alone. One extractor (one worker) serves the whole class; the
 * tests only read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForkedTextExtractorTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private ForkedTextExtractor extractor;

  @BeforeAll
  void startWorker() {
    Corpus.dir();
    extractor = Corpus.extractor(ExtractionLimits.DEFAULTS.withWorkers(1));
  }

  @AfterAll
  void stopWorker() {
    if (extractor != null) {
      extractor.close();
    }
  }

  @Test
  void textBeyondTheLimitIsCutAndMarkedTruncatedButStaysOk() {
    ExtractionRequest request = ExtractionRequest.of(
        Corpus.file("os2ds_Midler-til-frivilligt-arbejde.pdf"))
        .withLimits(ExtractionLimits.DEFAULTS.withMaxChars(1000));
    ExtractionResult r = extractor.extract(request);
    assertEquals(OK, r.status(), r.toString());
    assertTrue(r.truncated());
    assertEquals(1000, r.chars());
    assertEquals(1000, r.text().length());
  }

  @Test
  void embeddedLimitsLeaveTheRestUnreadAndSaySo() {
    ExtractionResult all = extractor.extract(Corpus.file("recext_TestDataArchivesNested.zip"));
    assertEquals(OK, all.status());
    assertFalse(all.truncated());

    ExtractionResult few = extractor.extract(
        ExtractionRequest.of(Corpus.file("recext_TestDataArchivesNested.zip"))
            .withLimits(ExtractionLimits.DEFAULTS.withEmbedded(5, 10)));
    assertEquals(OK, few.status(), few.toString());
    assertTrue(few.truncated());
    assertTrue(few.embeddedCount() <= 10, few.toString());
    assertTrue(few.chars() < all.chars());
    assertTrue(few.message().contains("indlejrede"), few.message());

    ExtractionResult shallow = extractor.extract(
        ExtractionRequest.of(Corpus.file("tika_droste.zip"))
            .withLimits(ExtractionLimits.DEFAULTS.withEmbedded(1, 1000)));
    assertEquals(TOO_LARGE, shallow.status(), "a quine has no text at any depth");
    // Its two entries (droste.jpg and droste.zip) are read, nothing inside the inner zip.
    assertEquals(2, shallow.embeddedCount(), shallow.toString());
  }

  @Test
  void pdfPagesAreSeparatedByFormFeedsAndMatchThePageCount() {
    ExtractionResult r = extractor.extract(Corpus.file("tika_testJournalParser.pdf"));
    assertEquals(OK, r.status());
    assertEquals(10, r.metadata().pages());
    // -1 keeps trailing empty pages: a page without text is still a page.
    assertEquals(10, r.text().split("\f", -1).length);
    assertFalse(r.truncated());
  }

  @Test
  void slidesAreSeparatedLikePages() {
    ExtractionResult r = extractor.extract(Corpus.file("tika_testPPT.pptx"));
    assertEquals(OK, r.status());
    assertEquals(r.metadata().pages(), r.text().split("\f", -1).length, r.text());
  }

  @Test
  void metadataComesFromTheDocumentAndTheLanguageFromTheText() {
    ExtractionResult r = extractor.extract(
        Corpus.file("os2ds_Tilsynsrapport (2013) - Kærkommen.PDF"));
    assertEquals(OK, r.status());
    assertEquals("application/pdf", r.mediaType());
    assertEquals(29, r.metadata().pages());
    assertEquals("da", r.metadata().language());
    assertNotNull(r.metadata().created());
    assertTrue(r.metadata().created().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), r.metadata().created());
    assertTrue(r.timings().parseMillis() > 0);
  }

  @Test
  void theFileNameIsNeverConsulted(@TempDir Path dir) throws IOException {
    Path disguised = Files.copy(Corpus.file("tika_testPDF.pdf"), dir.resolve("notes.txt"));
    ExtractionResult r = extractor.extract(disguised);
    assertEquals("application/pdf", r.mediaType());
    assertEquals(OK, r.status());
    Path plain = Files.copy(Corpus.file("tika_testODTnotaZipFile.odt"), dir.resolve("x.odt"));
    assertEquals("text/plain", extractor.extract(plain).mediaType());
  }

  @Test
  void aPdfPreviewIsItsFirstPageAbout480PixelsWide() throws IOException {
    ExtractionResult r =
        extractor.extract(ExtractionRequest.of(Corpus.file("tika_testPDF.pdf")).withPreview());
    BufferedImage image = png(r);
    assertTrue(image.getWidth() >= 470 && image.getWidth() <= 480, "width " + image.getWidth());
    assertTrue(image.getHeight() > image.getWidth(), "a portrait page");
  }

  @Test
  void withoutLibreOfficeAnOfficeDocumentGetsATextCard() throws IOException {
    ExtractionResult r =
        extractor.extract(ExtractionRequest.of(Corpus.file("tika_testWORD.docx")).withPreview());
    assertEquals(OK, r.status());
    BufferedImage card = png(r);
    assertEquals(480, card.getWidth());
    assertEquals(620, card.getHeight());
  }

  /** Runs where LibreOffice is installed (it is optional for the portal). */
  @Test
  void withLibreOfficeAnOfficeDocumentShowsItsFirstPage() throws IOException {
    boolean installed = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "soffice")));
    if (!installed) {
      System.out.println("Skipping: LibreOffice (soffice) is not installed here");
    }
    Assumptions.assumeTrue(installed, "soffice is not on the PATH");
    ForkedTextExtractor withOffice =
        new ForkedTextExtractor(ExtractionLimits.DEFAULTS.withWorkers(1), "soffice",
            Corpus::testClassPath);
    try {
      ExtractionResult r = withOffice.extract(
          ExtractionRequest.of(Corpus.file("tika_testPPT.pptx")).withPreview());
      BufferedImage slide = png(r);
      assertEquals(480, slide.getWidth());
      assertEquals(360, slide.getHeight(), "a 4:3 slide, not a text card");
    } finally {
      withOffice.close();
    }
  }

  @Test
  void aPictureBecomesAThumbnail() throws IOException {
    ExtractionResult r =
        extractor.extract(ExtractionRequest.of(Corpus.file("os2ds_cpr.png")).withPreview());
    assertEquals(EMPTY, r.status());
    BufferedImage image = png(r);
    assertEquals(480, image.getWidth()); // 896 x 896 scaled down
    assertEquals(480, image.getHeight());
  }

  @Test
  void previewsAreOnlyMadeWhenAskedFor() {
    ExtractionResult r = extractor.extract(Corpus.file("tika_testPDF.pdf"));
    assertNull(r.preview());
    assertEquals(0, r.timings().previewMillis());
  }

  @Test
  void anEncryptedFileGetsNoPreview() {
    ExtractionResult r = extractor.extract(
        ExtractionRequest.of(Corpus.file("pdfbox_PasswordSample-256bit.pdf")).withPreview());
    assertFalse(r.hasPreview());
  }

  /**
   * Tika's XML parsers refuse DTDs and never resolve external entities. Checked with a secret on
   * local disk, which an XXE attack would try to pull into the text: inside a DOCX (the way
   * poi_ExternalEntityInText.docx tries it, with a reachable target) and in a plain XML file.
   */
  @Test
  void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "HEMMELIG-CPR-1111111118");
    String doctype = "<!DOCTYPE doc [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>";

    Path xml = Files.writeString(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?>" + doctype
        + "<doc><p>Synlig tekst</p><p>&secret;</p></doc>");
    ExtractionResult fromXml = extractor.extract(xml);
    assertFalse(fromXml.text().contains("HEMMELIG"), fromXml.text());
    assertTrue(fromXml.text().contains("Synlig tekst"), "the XML itself was read: " + fromXml);

    Path docx = dir.resolve("xxe.docx");
    try (ZipFile original = new ZipFile(Corpus.file("tika_testWORD.docx").toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(docx))) {
      for (ZipEntry entry : Collections.list(original.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        byte[] bytes = original.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("word/document.xml")) {
          String xmlText = new String(bytes, StandardCharsets.UTF_8);
          xmlText = xmlText.replaceFirst("\\?>", "?>" + doctype)
              .replaceFirst("<w:t>", "<w:t>&secret;");
          bytes = xmlText.getBytes(StandardCharsets.UTF_8);
        }
        out.write(bytes);
        out.closeEntry();
      }
    }
    ExtractionResult fromDocx = extractor.extract(docx);
    assertFalse(fromDocx.text().contains("HEMMELIG"), fromDocx.text());
    assertTrue(fromDocx.status() == CORRUPT || fromDocx.status() == OK, fromDocx.toString());
  }

  @Test
  void aMissingFileIsTheCallersMistake(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class,
        () -> extractor.extract(dir.resolve("does-not-exist.pdf")));
  }

  private static BufferedImage png(ExtractionResult r) throws IOException {
    assertTrue(r.hasPreview(), "no preview: " + r);
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(r.preview(), 8));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.preview()));
    assertNotNull(image);
    return image;
  }
}
