package dk.videnportalen.ingest.extraction.worker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Recognises plain text that Tika's type detection misses because it is not ASCII-like: EBCDIC,
 * DOS code pages, UTF-16 without a byte-order mark. Tika would normally be rescued by the
 * {@code .txt} in the file name, which this portal never passes. The charset detectors always
 * guess something, so the guess is only accepted if the decoded text looks like text: hardly any
 * control, unassigned or private-use characters, and mostly letters.
 */
final class TextSniffer {

  private static final int SAMPLE_BYTES = 64 * 1024;
  private static final double MAX_BAD_SHARE = 0.01;
  private static final double MIN_LETTER_SHARE = 0.4;

  private TextSniffer() {}

  /** The charset the stream's text is in, or null if it does not look like text. */
  static Charset charsetOf(InputStream in, EncodingDetector detector) throws IOException {
    in.mark(SAMPLE_BYTES);
    byte[] sample;
    try {
      sample = in.readNBytes(SAMPLE_BYTES);
    } finally {
      in.reset();
    }
    if (sample.length == 0) {
      return null;
    }
    Charset guess = detector.detect(in, new Metadata());
    if (guess != null && looksLikeText(decode(sample, guess))) {
      return guess;
    }
    for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      if (!utf16.equals(guess) && looksLikeText(decode(sample, utf16))) {
        return utf16;
      }
    }
    return null;
  }

  private static String decode(byte[] sample, Charset charset) {
    String text = new String(sample, charset);
    // The sample may end inside a multi-byte sequence; that one character proves nothing.
    return text.length() > 1 ? text.substring(0, text.length() - 1) : text;
  }

  static boolean looksLikeText(String text) {
    int[] counts = new int[3]; // visible, bad, letters
    text.codePoints().forEach(c -> {
      if (Character.isWhitespace(c)) {
        return;
      }
      counts[0]++;
      int type = Character.getType(c);
      if (c == 0xFFFD || Character.isISOControl(c) || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
        counts[1]++;
      } else if (Character.isLetterOrDigit(c)) {
        counts[2]++;
      }
    });
    int visible = counts[0];
    return visible > 0 && counts[1] <= MAX_BAD_SHARE * visible
        && counts[2] >= MIN_LETTER_SHARE * visible;
  }
}
