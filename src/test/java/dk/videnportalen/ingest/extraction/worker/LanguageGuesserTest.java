package dk.videnportalen.ingest.extraction.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

  @Test
  void recognisesDanishEnglishAndSwedish() {
    assertEquals("da", LanguageGuesser.guess("Dansk er et nordgermansk sprog, og det tales af"
        + " omkring seks millioner mennesker. Det er også et af de officielle sprog i EU, men"
        + " det har ikke meget at gøre med tysk, efter hvad man kan se."));
    assertEquals("en", LanguageGuesser.guess("The portal is a place where the staff of the"
        + " department can share what they have learned, and it is used by all of them."));
    assertEquals("sv", LanguageGuesser.guess("Svenska är ett östnordiskt språk som talas av"
        + " ungefär tio miljoner personer, och det är inte så svårt att förstå för en dansk som"
        + " har läst mycket."));
  }

  @Test
  void staysSilentWhenNoListedLanguageClearlyWins() {
    assertNull(LanguageGuesser.guess("UTF-16 とは、Unicode の文字をエンコードする方式の一つ"));
    assertNull(LanguageGuesser.guess("Lorem ipsum dolor sit amet, consetetur sadipscing elitr,"
        + " sed diam nonumy eirmod tempor invidunt ut labore et dolore magna aliquyam erat, sed"
        + " diam voluptua. At vero eos et accusam et justo duo dolores et ea rebum."));
    assertNull(LanguageGuesser.guess("og i at"));
    assertNull(LanguageGuesser.guess(""));
  }

  @Test
  void declaredLanguagesAreReducedToTheirPrimaryCode() {
    assertEquals("da", LanguageGuesser.normalizeDeclared("da-DK"));
    assertEquals("en", LanguageGuesser.normalizeDeclared("EN_us"));
    assertNull(LanguageGuesser.normalizeDeclared("x-none-of-these"));
    assertNull(LanguageGuesser.normalizeDeclared(null));
  }
}
