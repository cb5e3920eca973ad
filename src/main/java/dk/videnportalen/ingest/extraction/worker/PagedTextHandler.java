package dk.videnportalen.ingest.extraction.worker;

import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML that Tika produces for one document into plain text in the shared
 * {@link TextSink}. Tika marks pages and slides as elements: {@code <div class="page">} for PDF
 * pages (and spreadsheet sheets), {@code <div class="slide-content">} for PPTX slides and
 * {@code <div class="slide">} for PPT slides. For the outermost document each such element after
 * the first starts with a form feed; embedded documents are set off by a blank line instead, so
 * that the number of pages in the text matches the container's page count.
 *
 * <p>The {@code <head>} is skipped (its title is metadata, not text). Entry names that Tika writes
 * for archive entries are kept in the text but not counted as content letters, so that an archive
 * of unreadable entries is not mistaken for a readable document.
 */
final class PagedTextHandler extends DefaultHandler {

  private static final Set<String> PAGE_CLASSES = Set.of("page", "slide", "slide-content");

  private final TextSink sink;
  private final boolean root;
  private int depth;
  private int pageDepth = -1;
  private int headDepth = -1;
  private int entryNameDepth = -1;
  private boolean packageEntryJustStarted;
  private int pages;
  private int contentLetters;
  private boolean started;

  PagedTextHandler(TextSink sink, boolean root) {
    this.sink = sink;
    this.root = root;
  }

  @Override
  public void startDocument() throws SAXException {
    if (!root && !started) {
      sink.documentBreak();
    }
    started = true;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    depth++;
    String name = localName == null || localName.isEmpty() ? qName : localName;
    boolean entryName = packageEntryJustStarted && "h1".equals(name);
    packageEntryJustStarted = false;
    if (entryName) {
      entryNameDepth = depth;
    }
    if ("head".equals(name) && headDepth < 0) {
      headDepth = depth;
    } else if ("div".equals(name)) {
      String cssClass = atts.getValue("class");
      if ("package-entry".equals(cssClass)) {
        packageEntryJustStarted = true;
      } else if (root && pageDepth < 0 && cssClass != null && PAGE_CLASSES.contains(cssClass)) {
        pageDepth = depth;
        if (pages++ > 0) {
          sink.pageBreak();
        }
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (depth == pageDepth) {
      pageDepth = -1;
    }
    if (depth == headDepth) {
      headDepth = -1;
    }
    if (depth == entryNameDepth) {
      entryNameDepth = -1;
    }
    depth--;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    write(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    write(ch, start, length);
  }

  private void write(char[] ch, int start, int length) throws SAXException {
    if (headDepth >= 0) {
      return;
    }
    int before = sink.letters();
    try {
      sink.append(ch, start, length);
    } finally {
      if (entryNameDepth < 0) {
        contentLetters += sink.letters() - before;
      }
    }
  }

  /** Page or slide elements seen (outermost document only). */
  int pages() {
    return pages;
  }

  /** Letters and digits this document contributed, entry names not counted. */
  int contentLetters() {
    return contentLetters;
  }
}
