package dk.videnportalen.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IngestServiceTest {

  @Test
  void fileNamesKeepOnlyTheirLastSegment() {
    assertEquals("passwd", IngestService.displayName("../../etc/passwd"));
    assertEquals("rapport.pdf", IngestService.displayName("C:\\Users\\x\\rapport.pdf"));
    assertEquals("Tilsynsrapport (2013) - Kærkommen.PDF",
        IngestService.displayName("Tilsynsrapport (2013) - Kærkommen.PDF"));
    assertEquals("fil", IngestService.displayName(".."));
    assertEquals("fil", IngestService.displayName(null));
    assertEquals("ab.txt", IngestService.displayName("a\u0000b.txt"));
  }
}
