package dk.videnportalen.ingest.extraction.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.tika.exception.WriteLimitReachedException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class TextSinkTest {

  private final StringWriter out = new StringWriter();

  private TextSink sink(int maxChars) {
    return new TextSink(out, maxChars, 100);
  }

  private static void append(TextSink sink, String s) throws SAXException {
    sink.append(s.toCharArray(), 0, s.length());
  }

  @Test
  void stopsExactlyAtTheLimitAndSaysSo() throws Exception {
    TextSink sink = sink(10);
    append(sink, "Børnehave");
    assertThrows(WriteLimitReachedException.class, () -> append(sink, "klasse"));
    sink.close();
    assertEquals("Børnehavek", out.toString());
    assertEquals(10, sink.chars());
    assertTrue(sink.truncated());
  }

  @Test
  void removesControlCharactersAndNormalisesLineBreaks() throws Exception {
    TextSink sink = sink(100);
    append(sink, "a\u0000b\u0007c\r\nd\re\ff\u007Fg\th");
    sink.close();
    assertEquals("abc\nd\ne\nfg\th", out.toString());
    assertEquals(out.toString().length(), sink.chars());
    assertFalse(sink.truncated());
  }

  @Test
  void keepsSurrogatePairsEvenAcrossCallsAndReplacesLoneHalves() throws Exception {
    TextSink sink = sink(100);
    String emoji = "\uD83D\uDE00";
    sink.append(emoji.toCharArray(), 0, 1);
    sink.append(emoji.toCharArray(), 1, 1);
    append(sink, "x\uDE00y\uD83D");
    sink.close();
    assertEquals(emoji + "x\uFFFDy\uFFFD", out.toString());
  }

  @Test
  void pageBreaksAndDocumentBreaksNeverStartTheText() throws Exception {
    TextSink sink = sink(100);
    sink.pageBreak();
    sink.documentBreak();
    append(sink, "side 1");
    sink.pageBreak();
    append(sink, "side 2");
    sink.documentBreak();
    sink.documentBreak();
    append(sink, "bilag");
    sink.close();
    assertEquals("side 1\fside 2\n\nbilag", out.toString());
  }

  @Test
  void countsLettersAndKeepsASample() throws IOException, SAXException {
    TextSink sink = new TextSink(out, 1000, 5);
    append(sink, "ab 12 -- æø");
    assertEquals(6, sink.letters());
    assertEquals("ab 12", sink.sample());
    sink.close();
  }
}
