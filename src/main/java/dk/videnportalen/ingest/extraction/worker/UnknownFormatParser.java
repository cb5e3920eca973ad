package dk.videnportalen.ingest.extraction.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.Set;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's fallback for bytes no parser claims (it replaces the silent {@code EmptyParser}).
 *
 * <ul>
 *   <li>The outer file may still be text that Tika's detector did not recognise without a file
 *       name ({@link TextSniffer}); then it is parsed as plain text in the sniffed charset.
 *       Otherwise the file is recorded as unsupported.
 *   <li>An embedded stream is read to its end and discarded. Tika never unpacks content it cannot
 *       parse, so a gzip of 10 GB of zeros inside a bzip2 would pass as an innocent, empty
 *       archive; reading it lets the unpacking budget ({@link MeteredEmbeddedExtractor}) see it.
 * </ul>
 */
final class UnknownFormatParser implements Parser {

  private static final long serialVersionUID = 1L;

  private final Parser textParser = new TextAndCSVParser();

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Collections.emptySet();
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
      ParseContext context) throws IOException, SAXException, TikaException {
    ParseState state = context.get(ParseState.class);
    if (state != null && state.tree().depth() == 0) {
      Charset charset = TextSniffer.charsetOf(stream, context.get(EncodingDetector.class));
      if (charset != null) {
        state.markRootSniffedAsText();
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE,
            "text/plain; charset=" + charset.name());
        textParser.parse(stream, handler, metadata, context);
        return;
      }
      state.markRootUnsupported();
    } else if (state != null) {
      state.markEmbeddedUnsupported();
      stream.transferTo(OutputStream.nullOutputStream());
    }
    XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
    xhtml.startDocument();
    xhtml.endDocument();
  }
}
