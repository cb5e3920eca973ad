package dk.videnportalen.ingest.extraction.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.videnportalen.ingest.extraction.protocol.DocumentMetadata;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

  @Test
  void readsAndCleansTheFewFieldsThePortalUses() {
    Metadata m = new Metadata();
    m.set(TikaCoreProperties.TITLE, "  Tilsynsrapport\n 2013 ");
    m.add(TikaCoreProperties.CREATOR, "A\u0000n\u0000n\u0000e");
    m.add(TikaCoreProperties.CREATOR, "Bo");
    m.set(TikaCoreProperties.CREATED, "2013-02-27T09:14:00Z");
    m.set(PagedText.N_PAGES, 29);
    m.set(TikaCoreProperties.LANGUAGE, "de-DE");
    DocumentMetadata d = MetadataReader.read(m, "");
    assertEquals("Tilsynsrapport 2013", d.title());
    assertEquals("Anne, Bo", d.author());
    assertEquals("2013-02-27T09:14:00Z", d.created());
    assertEquals(29, d.pages());
    assertEquals("de", d.language(), "without text to go by, the declared language");
  }

  @Test
  void theTextOutranksTheDeclaredLanguage() {
    Metadata m = new Metadata();
    m.set(TikaCoreProperties.LANGUAGE, "en-US");
    DocumentMetadata d = MetadataReader.read(m, "Det er en rapport om børn og unge, og den"
        + " viser, at de har det godt i skolen, men at der også er noget at gøre.");
    assertEquals("da", d.language());
  }

  @Test
  void missingAndBlankFieldsAreNull() {
    DocumentMetadata d = MetadataReader.read(new Metadata(), "");
    assertNull(d.title());
    assertNull(d.author());
    assertNull(d.created());
    assertNull(d.pages());
    assertNull(MetadataReader.clean(" \u0000 "));
  }
}
