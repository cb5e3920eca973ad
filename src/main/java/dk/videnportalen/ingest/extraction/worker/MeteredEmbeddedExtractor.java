package dk.videnportalen.ingest.extraction.worker;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's usual embedded-document extractor, with every embedded stream metered. Tika's zip-bomb
 * guard compares a document's output characters to its own input bytes; an archive of
 * overlapping entries (each "small" entry unpacks to gigabytes) or a gzip of zeros never trips
 * it. Here the bytes all embedded documents unpack are summed and compared with the file's size.
 */
final class MeteredEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

  private final ParseState state;

  MeteredEmbeddedExtractor(ParseContext context, ParseState state) {
    super(context);
    this.state = state;
  }

  @Override
  public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata,
      boolean outputHtml) throws SAXException, IOException {
    state.checkUnpackBudget();
    super.parseEmbedded(new MeteredInputStream(stream, state), handler, metadata, outputHtml);
  }
}
