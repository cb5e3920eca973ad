package dk.videnportalen.ingest.extraction.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

/** Charset decisions on bytes made here, so the rules are visible without the corpus. */
class TextSnifferTest {

  private static final String DANISH =
      "Børn og unge i kommunen får et tilbud, når skolen slutter. Prisen er 5 €.";

  private static InputStream stream(byte[] bytes) {
    return new BufferedInputStream(new ByteArrayInputStream(bytes));
  }

  @Test
  void utf16WithoutAByteOrderMarkIsText() throws Exception {
    byte[] bytes = (DANISH + " " + DANISH).getBytes(StandardCharsets.UTF_16LE);
    assertEquals(StandardCharsets.UTF_16LE, TextSniffer.charsetOf(stream(bytes),
        new CharsetGuard()));
  }

  @Test
  void randomBytesAreNotText() throws Exception {
    byte[] bytes = new byte[8192];
    new Random(42).nextBytes(bytes);
    assertNull(TextSniffer.charsetOf(stream(bytes), new CharsetGuard()));
  }

  @Test
  void latin1IsReadAsWindows1252SoTheEuroSignSurvives() throws Exception {
    byte[] bytes = DANISH.getBytes(Charset.forName("windows-1252"));
    Charset charset = new CharsetGuard().detect(stream(bytes), new Metadata());
    assertEquals("windows-1252", charset.name());
    assertEquals(DANISH, new String(bytes, charset));
  }

  @Test
  void aDeclaredUtf8ThatTheBytesContradictIsIgnored() throws Exception {
    String html = "<html><head><meta charset=\"UTF-8\"><title>x</title></head><body><p>"
        + DANISH.repeat(20) + "</p></body></html>";
    byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
    assertFalse(CharsetGuard.isValidUtf8(stream(bytes)));
    Charset charset = new CharsetGuard().detect(stream(bytes), new Metadata());
    assertTrue(new String(bytes, charset).contains("Børn"), charset.name());

    byte[] honest = html.getBytes(StandardCharsets.UTF_8);
    assertEquals(StandardCharsets.UTF_8, new CharsetGuard().detect(stream(honest),
        new Metadata()));
  }

  @Test
  void textNeedsLettersAndFewControlCharacters() {
    assertTrue(TextSniffer.looksLikeText(DANISH));
    assertFalse(TextSniffer.looksLikeText("\u0000\u0001 abc \u0002\u0003"));
    assertFalse(TextSniffer.looksLikeText("---- ==== ++++ 1"));
    assertFalse(TextSniffer.looksLikeText(""));
  }
}
