package dk.videnportalen.ingest.extraction.worker;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.SAXException;

/**
 * Where the text of one file goes: straight to the text file, so memory stays flat however much
 * text a document holds. The sink enforces the character limit itself (counting exactly what it
 * writes, separators included) and cleans the text on the way:
 *
 * <ul>
 *   <li>control characters are dropped (a NUL would break PostgreSQL text columns), except tab
 *       and newline;
 *   <li>a form feed from a parser becomes a newline, so that every {@code '\f'} in the output is
 *       one of our page breaks;
 *   <li>{@code \r\n} and lone {@code \r} become {@code \n};
 *   <li>unpaired surrogates become U+FFFD, so the result is always valid Unicode.
 * </ul>
 *
 * <p>When the limit is reached it throws Tika's {@link WriteLimitReachedException}, which Tika's
 * parsers and the recursive wrapper treat as "stop, the text is complete enough", not as failure.
 */
final class TextSink implements Closeable {

  static final char PAGE_BREAK = '\f';
  private static final char REPLACEMENT = '\uFFFD';

  private final Writer out;
  private final int maxChars;
  private final StringBuilder sample;
  private final int sampleChars;
  private int chars;
  private int letters;
  private boolean truncated;
  private char last = '\n';
  private int trailingNewlines;
  private boolean afterCarriageReturn;
  private char pendingHighSurrogate;

  TextSink(Writer out, int maxChars, int sampleChars) {
    this.out = out;
    this.maxChars = maxChars;
    this.sampleChars = sampleChars;
    this.sample = new StringBuilder(Math.min(sampleChars, 4096));
  }

  void append(char[] ch, int start, int length) throws SAXException {
    for (int i = start; i < start + length; i++) {
      appendChar(ch[i]);
    }
  }

  /** Starts a new page, unless nothing has been written yet. */
  void pageBreak() throws SAXException {
    flushPendingSurrogate();
    if (chars > 0) {
      emit(PAGE_BREAK);
    }
  }

  /** Separates an embedded document's text from what came before it by a blank line. */
  void documentBreak() throws SAXException {
    flushPendingSurrogate();
    if (chars == 0 || last == PAGE_BREAK) {
      return;
    }
    while (trailingNewlines < 2) {
      emit('\n');
    }
  }

  private void appendChar(char c) throws SAXException {
    if (Character.isHighSurrogate(c)) {
      flushPendingSurrogate();
      pendingHighSurrogate = c;
      return;
    }
    if (Character.isLowSurrogate(c)) {
      if (pendingHighSurrogate == 0) {
        emit(REPLACEMENT);
        return;
      }
      char high = pendingHighSurrogate;
      pendingHighSurrogate = 0;
      if (!hasRoomFor(2)) {
        stop();
      }
      emit(high);
      emit(c);
      return;
    }
    flushPendingSurrogate();
    if (c == '\r') {
      afterCarriageReturn = true;
      emit('\n');
      return;
    }
    boolean newlineAfterCr = c == '\n' && afterCarriageReturn;
    afterCarriageReturn = false;
    if (newlineAfterCr) {
      return;
    }
    if (c == PAGE_BREAK) {
      c = '\n';
    } else if (isDropped(c)) {
      return;
    }
    emit(c);
  }

  private static boolean isDropped(char c) {
    return (c < 0x20 && c != '\t' && c != '\n')
        || c == 0x7F
        || c == '\uFFFE'
        || c == '\uFFFF';
  }

  private void flushPendingSurrogate() throws SAXException {
    if (pendingHighSurrogate != 0) {
      pendingHighSurrogate = 0;
      emit(REPLACEMENT);
    }
  }

  private boolean hasRoomFor(int n) {
    return chars + n <= maxChars;
  }

  private void emit(char c) throws SAXException {
    if (!hasRoomFor(1)) {
      stop();
    }
    try {
      out.write(c);
    } catch (IOException e) {
      throw new SAXException("Could not write the text file", e);
    }
    chars++;
    last = c;
    trailingNewlines = c == '\n' ? trailingNewlines + 1 : 0;
    if (Character.isLetterOrDigit(c)) {
      letters++;
    }
    if (sample.length() < sampleChars) {
      sample.append(c);
    }
  }

  private void stop() throws WriteLimitReachedException {
    truncated = true;
    throw new WriteLimitReachedException(maxChars);
  }

  int chars() {
    return chars;
  }

  /** Letters and digits written so far: the "is there real text?" measure. */
  int letters() {
    return letters;
  }

  boolean truncated() {
    return truncated;
  }

  /** The first characters of the text, for language guessing and the text-card preview. */
  String sample() {
    return sample.toString();
  }

  @Override
  public void close() throws IOException {
    if (pendingHighSurrogate != 0 && hasRoomFor(1)) {
      pendingHighSurrogate = 0;
      out.write(REPLACEMENT);
      chars++;
    }
    out.close();
  }
}
