package dk.videnportalen.ingest.extraction.worker;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.sax.AbstractRecursiveParserWrapperHandler;
import org.apache.tika.sax.ContentHandlerFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Receives the callbacks of Tika's {@code RecursiveParserWrapper}: one fresh
 * {@link PagedTextHandler} per document, all writing into the same {@link TextSink}, so embedded
 * text streams to disk in reading order instead of being collected in metadata as Tika's own
 * handler does. It keeps each document's metadata (exceptions, encryption flags, parser names)
 * for the classification, and knows the current embedding depth for the {@link DepthLimit}.
 *
 * <p>The superclass stops visiting embedded documents after {@code maxEmbeddedResources} and
 * flags that on the outer document's metadata.
 */
final class DocumentTreeHandler extends AbstractRecursiveParserWrapperHandler {

  private static final long serialVersionUID = 1L;

  private final transient TextSink sink;
  private final transient List<ParsedDocument> documents = new ArrayList<>();
  private transient PagedTextHandler rootText;
  private int depth;

  DocumentTreeHandler(TextSink sink, int maxEmbeddedResources) {
    super(new HandlerFactory(sink), maxEmbeddedResources);
    this.sink = sink;
  }

  @Override
  public ContentHandler getNewContentHandler() {
    PagedTextHandler handler = new PagedTextHandler(sink, rootText == null && depth == 0);
    if (rootText == null) {
      rootText = handler;
    }
    return handler;
  }

  @Override
  public void startEmbeddedDocument(ContentHandler contentHandler, Metadata metadata)
      throws SAXException {
    super.startEmbeddedDocument(contentHandler, metadata);
    depth++;
  }

  @Override
  public void endEmbeddedDocument(ContentHandler contentHandler, Metadata metadata)
      throws SAXException {
    super.endEmbeddedDocument(contentHandler, metadata);
    documents.add(new ParsedDocument(metadata, (PagedTextHandler) contentHandler, depth));
    depth--;
    try {
      // The container's text goes on after the attachment: keep them apart.
      sink.documentBreak();
    } catch (WriteLimitReachedException e) {
      // Already recorded by the sink; this callback runs in Tika's finally block and must not
      // replace whatever is being thrown there.
    }
  }

  @Override
  public void endDocument(ContentHandler contentHandler, Metadata metadata) throws SAXException {
    super.endDocument(contentHandler, metadata);
    documents.add(0, new ParsedDocument(metadata, (PagedTextHandler) contentHandler, 0));
  }

  /** Embedding depth of the document being parsed now; 0 for the outer file. */
  int depth() {
    return depth;
  }

  /** The outer document first, then the embedded ones in the order they finished. */
  List<ParsedDocument> documents() {
    return Collections.unmodifiableList(documents);
  }

  /** Only here to satisfy the superclass; {@link #getNewContentHandler()} does the work. */
  private static final class HandlerFactory implements ContentHandlerFactory {

    private static final long serialVersionUID = 1L;
    private final transient TextSink sink;

    HandlerFactory(TextSink sink) {
      this.sink = sink;
    }

    @Override
    public ContentHandler getNewContentHandler() {
      return new PagedTextHandler(sink, false);
    }

    @Override
    public ContentHandler getNewContentHandler(OutputStream os, Charset charset) {
      throw new UnsupportedOperationException("Text goes to the sink, not to a stream");
    }
  }
}
