package dk.videnportalen.ingest.extraction.worker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Tika's own chain of charset detectors (declared charset, then Mozilla's and ICU's statistical
 * detectors) with two corrections that matter for Danish text:
 *
 * <ul>
 *   <li>ISO-8859-1 and US-ASCII are read as windows-1252, as browsers do (WHATWG Encoding
 *       Standard): the two differ only where ISO-8859-1 has control codes that never occur in
 *       text, and windows-1252 has €, curly quotes and dashes. Otherwise "€" from a Windows file
 *       ends up as a replacement character.
 *   <li>A declared UTF-8 that the bytes contradict is ignored, and the statistical detectors
 *       decide, ICU's first (its language models know the legacy 8-bit code pages that such
 *       pages are really written in).
 * </ul>
 *
 * Parsers built on Tika's {@code AbstractEncodingDetectorParser} (plain text, CSV, HTML) pick it
 * up from the {@code ParseContext}.
 */
final class CharsetGuard implements EncodingDetector {

  private static final long serialVersionUID = 1L;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int UTF8_CHECK_BYTES = 64 * 1024;

  private final EncodingDetector declared = new HtmlEncodingDetector();
  private final List<EncodingDetector> statistical =
      List.of(new UniversalEncodingDetector(), new Icu4jEncodingDetector());
  private final List<EncodingDetector> statisticalIcuFirst =
      List.of(new Icu4jEncodingDetector(), new UniversalEncodingDetector());

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input == null) {
      return null;
    }
    Charset charset = declared.detect(input, metadata);
    boolean lie = charset != null && charset.equals(StandardCharsets.UTF_8)
        && !isValidUtf8(input);
    if (charset != null && !lie) {
      return widen(charset);
    }
    for (EncodingDetector detector : lie ? statisticalIcuFirst : statistical) {
      charset = detector.detect(input, metadata);
      if (charset != null) {
        return widen(charset);
      }
    }
    return null;
  }

  static Charset widen(Charset charset) {
    return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
        ? WINDOWS_1252 : charset;
  }

  /** Whether the first bytes decode as UTF-8 (a sequence cut off at the end is fine). */
  static boolean isValidUtf8(InputStream input) throws IOException {
    input.mark(UTF8_CHECK_BYTES);
    try {
      byte[] head = input.readNBytes(UTF8_CHECK_BYTES);
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      CharBuffer out = CharBuffer.allocate(head.length);
      CoderResult result = decoder.decode(ByteBuffer.wrap(head), out, false);
      return !result.isError();
    } catch (CharacterCodingException e) {
      return false;
    } finally {
      input.reset();
    }
  }
}
