package dk.videnportalen.catalog.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileResourceTest {

  @Test
  void danishFileNamesSurviveContentDisposition() {
    assertEquals("attachment; filename=\"_rsplan __.pdf\"; filename*=UTF-8''%C3%85rsplan%20%C3%A6%C3%B8.pdf",
        FileResource.attachment("Årsplan æø.pdf"));
  }

  @Test
  void quotesCannotBreakTheHeader() {
    assertEquals("attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf",
        FileResource.attachment("a\"b.pdf"));
  }
}
