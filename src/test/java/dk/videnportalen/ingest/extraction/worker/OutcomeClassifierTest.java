package dk.videnportalen.ingest.extraction.worker;

import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.CORRUPT;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.EMPTY;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.ENCRYPTED;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.OK;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.TOO_LARGE;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.UNSUPPORTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.ingest.extraction.protocol.ExtractionStatus;
import java.io.IOException;
import java.util.List;
import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.ZeroByteFileException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The status policy, without Tika parsing anything: facts in, verdict out. */
class OutcomeClassifierTest {

  private static ExtractionStatus statusOf(ParseFacts.Builder facts) {
    return OutcomeClassifier.classify(facts.build()).status();
  }

  private static ParseFacts.Builder failed(Throwable thrown) {
    return ParseFacts.builder().thrown(thrown);
  }

  private static ParseFacts.Builder withText() {
    return ParseFacts.builder().contentLetters(42);
  }

  @Test
  void plainTextIsOk() {
    Verdict v = OutcomeClassifier.classify(withText().build());
    assertEquals(OK, v.status());
    assertFalse(v.partial());
  }

  @Test
  void zeroBytesIsEmpty() {
    assertEquals(EMPTY, statusOf(failed(new ZeroByteFileException("InputStream must have > 0"))));
  }

  @Test
  void encryptionIsEncryptedWhereverItIsInTheCauseChain() {
    assertEquals(ENCRYPTED, statusOf(failed(new EncryptedDocumentException())));
    assertEquals(ENCRYPTED, statusOf(failed(new TikaException("wrapped",
        new EncryptedDocumentException("password")))));
    assertEquals(ENCRYPTED, statusOf(failed(
        new org.apache.poi.EncryptedDocumentException("xor obfuscation"))));
    assertEquals(ENCRYPTED, statusOf(failed(new TikaException("TIKA-198",
        new IOException("Provided decryption material is not compatible with the document")))));
  }

  @Test
  void parseFailuresAreCorruptUnlessRealTextCameOutFirst() {
    assertEquals(CORRUPT, statusOf(failed(new TikaException("Unexpected RuntimeException"))));
    assertEquals(CORRUPT, statusOf(failed(new SAXException("not well-formed"))));
    assertEquals(CORRUPT, statusOf(failed(new IOException("Truncated ZIP file"))));
    assertEquals(CORRUPT, statusOf(failed(new IllegalArgumentException("bad record"))));

    Verdict partly = OutcomeClassifier.classify(
        failed(new TikaException("bad page")).contentLetters(480).build());
    assertEquals(OK, partly.status());
    assertTrue(partly.partial(), "the text is marked incomplete");
  }

  @Test
  void zipBombsAndMemoryGuardsAreTooLargeEvenWithText() {
    assertEquals(TOO_LARGE, statusOf(failed(new TikaException("Zip bomb detected!",
        new SAXException("Suspected zip bomb: 100 input bytes produced 1000000 output")))));
    assertEquals(TOO_LARGE, statusOf(failed(new TikaMemoryLimitException("too much"))));
    assertEquals(TOO_LARGE, statusOf(withText().decompressionBomb(true)));
    assertEquals(TOO_LARGE, statusOf(withText().embeddedFailures(List.of(
        "org.apache.tika.exception.TikaException: Zip bomb detected!\n\tat ..."))));
    assertEquals(TOO_LARGE, statusOf(failed(new StackOverflowError())));
  }

  @Test
  void limitsThatFireAreTooLargeWithoutTextAndPartialWithIt() {
    assertEquals(TOO_LARGE, statusOf(ParseFacts.builder().limitReached(true)));
    Verdict partial = OutcomeClassifier.classify(withText().limitReached(true).build());
    assertEquals(OK, partial.status());
    assertTrue(partial.partial());
  }

  @Test
  void anArchiveOfEncryptedEntriesIsEncryptedButReadableEntriesWin() {
    List<String> encryptedEntry = List.of("org.apache.commons.compress.archivers.zip."
        + "UnsupportedZipFeatureException: Unsupported feature encryption used in entry a.txt");
    assertEquals(ENCRYPTED, statusOf(ParseFacts.builder().embeddedFailures(encryptedEntry)));
    assertEquals(ENCRYPTED, statusOf(ParseFacts.builder().embeddedEncrypted(true)));
    Verdict mixed = OutcomeClassifier.classify(withText().embeddedFailures(encryptedEntry).build());
    assertEquals(OK, mixed.status());
    assertTrue(mixed.message().contains("adgangskode"), mixed.message());
  }

  @Test
  void unknownFormatsAreUnsupported() {
    assertEquals(UNSUPPORTED, statusOf(ParseFacts.builder().rootUnsupported(true)));
    assertEquals(UNSUPPORTED, statusOf(ParseFacts.builder().embeddedUnsupported(3)));
    assertEquals(UNSUPPORTED, statusOf(failed(new UnsupportedZipFeatureException(
        UnsupportedZipFeatureException.Feature.SPLITTING))));
  }

  @Test
  void strictOoxmlIsUnsupportedAndARefusedDoctypeSaysWhy() {
    assertEquals(UNSUPPORTED, statusOf(failed(new TikaException("Unexpected RuntimeException",
        new IllegalStateException("Strict OOXML isn't currently supported, see bug #57699")))));
    Verdict doctype = OutcomeClassifier.classify(failed(new TikaException("TIKA-237",
        new SAXException("DOCTYPE is disallowed when the feature ... set to true."))).build());
    assertEquals(CORRUPT, doctype.status());
    assertTrue(doctype.message().contains("DOCTYPE"), doctype.message());
  }

  @Test
  void damagedPackagesAndSilentDamageAreCorrupt() {
    assertEquals(CORRUPT, statusOf(withText().damagedPackage(true)));
    assertEquals(CORRUPT, statusOf(ParseFacts.builder().warnings(true)));
    assertEquals(CORRUPT, statusOf(ParseFacts.builder().embeddedFailures(List.of("boom"))));
    assertEquals(OK, statusOf(withText().warnings(true)));
  }

  @Test
  void noTextIsEmptyAndPicturesSaySo() {
    assertEquals(EMPTY, statusOf(ParseFacts.builder()));
    Verdict pictures = OutcomeClassifier.classify(ParseFacts.builder().pictures(true).build());
    assertEquals(EMPTY, pictures.status());
    assertTrue(pictures.message().contains("billeder"));
  }
}
