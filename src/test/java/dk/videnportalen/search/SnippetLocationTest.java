package dk.videnportalen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SnippetLocationTest {

  private static final char FS = IndexFields.FILE_SEPARATOR;

  @Test
  void aPassageInTheThirdSlideOfTheSecondFileIsLocatedThere() {
    String content = "story text" + FS + "first file, no pages" + FS + "slide one\fslide two\fslide three";
    int offset = content.indexOf("three");
    SnippetHighlighter.Snippet s = SnippetHighlighter.Formatter.locate("x", content, offset);
    assertEquals(2, s.fileIndex());
    assertEquals(3, s.page());
  }

  @Test
  void textWithoutPagesHasNoPageNumber() {
    String content = "story text" + FS + "plain document";
    SnippetHighlighter.Snippet s = SnippetHighlighter.Formatter.locate("x", content,
        content.indexOf("plain"));
    assertEquals(1, s.fileIndex());
    assertNull(s.page());
  }

  @Test
  void htmlInDocumentsIsEscaped() {
    assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; mere",
        SnippetHighlighter.escapeText("<script>alert('x')</script> & mere"));
  }
}
