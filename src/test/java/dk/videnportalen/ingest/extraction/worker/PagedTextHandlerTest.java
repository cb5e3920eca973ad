package dk.videnportalen.ingest.extraction.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/** The XHTML Tika produces, replayed as SAX events. */
class PagedTextHandlerTest {

  private final StringWriter out = new StringWriter();
  private final TextSink sink = new TextSink(out, 10_000, 100);

  private static AttributesImpl cssClass(String value) {
    AttributesImpl atts = new AttributesImpl();
    if (value != null) {
      atts.addAttribute("", "class", "class", "CDATA", value);
    }
    return atts;
  }

  private static void element(PagedTextHandler h, String name, String cssClass, String text)
      throws SAXException {
    h.startElement("", name, name, cssClass(cssClass));
    h.characters(text.toCharArray(), 0, text.length());
    h.endElement("", name, name);
  }

  @Test
  void pdfPagesBecomeFormFeedSeparatedAndTheHeadIsSkipped() throws Exception {
    PagedTextHandler h = new PagedTextHandler(sink, true);
    h.startDocument();
    element(h, "head", null, "Titel fra metadata");
    for (int page = 1; page <= 3; page++) {
      element(h, "div", "page", "Side " + page);
    }
    sink.close();
    assertEquals("Side 1\fSide 2\fSide 3", out.toString());
    assertEquals(3, h.pages());
  }

  @Test
  void pptSlideContentInsideASlideIsOnePage() throws Exception {
    PagedTextHandler h = new PagedTextHandler(sink, true);
    for (int slide = 1; slide <= 2; slide++) {
      h.startElement("", "div", "div", cssClass("slide"));
      element(h, "div", "slide-content", "Dias " + slide);
      h.endElement("", "div", "div");
    }
    sink.close();
    assertEquals("Dias 1\fDias 2", out.toString());
  }

  @Test
  void embeddedDocumentsDoNotAddPagesButAreSetApart() throws Exception {
    PagedTextHandler root = new PagedTextHandler(sink, true);
    element(root, "div", "page", "Brev");
    PagedTextHandler attachment = new PagedTextHandler(sink, false);
    attachment.startDocument();
    element(attachment, "div", "page", "Bilag side 1");
    element(attachment, "div", "page", "Bilag side 2");
    sink.close();
    assertEquals("Brev\n\nBilag side 1Bilag side 2", out.toString());
  }

  @Test
  void archiveEntryNamesAreTextButNotContent() throws Exception {
    PagedTextHandler h = new PagedTextHandler(sink, true);
    h.startElement("", "div", "div", cssClass("package-entry"));
    element(h, "h1", null, "rapport.txt");
    h.endElement("", "div", "div");
    assertEquals(0, h.contentLetters());
    element(h, "p", null, "Indhold");
    assertEquals(7, h.contentLetters());
    sink.close();
    assertEquals("rapport.txtIndhold", out.toString());
  }
}
