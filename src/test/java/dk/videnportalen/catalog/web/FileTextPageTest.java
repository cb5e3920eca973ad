package dk.videnportalen.catalog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.videnportalen.catalog.web.FileTextPage.TextPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file's text split into pages numbered as search hits number them. */
class FileTextPageTest {

  @Test
  void formFeedsSeparatePagesNumberedFromOne() {
    assertEquals(List.of(new TextPage(1, "Forside"), new TextPage(2, ""), new TextPage(3, "Slut")),
        FileTextPage.pages("Forside\n\f\n\fSlut\n"));
  }

  @Test
  void aFormFeedAtTheEndMakesNoEmptyLastPage() {
    assertEquals(List.of(new TextPage(1, "Et"), new TextPage(2, "To")),
        FileTextPage.pages("Et\fTo\f\n"));
  }

  @Test
  void runsOfEmptyLinesBecomeOne() {
    assertEquals(List.of(new TextPage(1, "Titel\n\nPunkt")),
        FileTextPage.pages("Titel\n\n \n\n\t\nPunkt"));
  }

  @Test
  void textWithoutPagesIsOnePage() {
    assertEquals(List.of(new TextPage(1, "Bare tekst")), FileTextPage.pages("  Bare tekst  "));
    assertEquals(List.of(new TextPage(1, "")), FileTextPage.pages(""));
  }
}
