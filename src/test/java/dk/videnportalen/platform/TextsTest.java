package dk.videnportalen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void aShortTextStaysWhole() {
    assertEquals("Børnene legede.", Texts.openingAtWord("Børnene legede.", 15));
  }

  @Test
  void aLongTextIsCutAtTheLastWordThatFits() {
    assertEquals("Børnene legede i …", Texts.openingAtWord("Børnene legede i skoven", 18));
  }

  @Test
  void oneLongWordIsCutWhereTheLimitIs() {
    assertEquals("ab cdefg …", Texts.openingAtWord("ab cdefghijklmnop", 8));
  }
}
