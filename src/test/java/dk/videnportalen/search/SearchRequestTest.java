package dk.videnportalen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

  @Test
  void queriesAreTrimmedAndBounded() {
    SearchRequest r = new SearchRequest("  psykologisk \n\t tryghed \u0000 ", null, " ", null, null,
        null, "bogus", -4, 5000);
    assertEquals("psykologisk tryghed", r.query());
    assertEquals(null, r.theme());
    assertEquals("relevance", r.sort());
    assertEquals(0, r.page());
    assertEquals(SearchRequest.MAX_SIZE, r.size());
    assertTrue(new SearchRequest("x".repeat(10_000), null, null, null, null, null, null, 0, 10)
        .query().length() <= SearchRequest.MAX_QUERY_CHARS);
  }

  @Test
  void analyticsNeverKeepsPersonalData() {
    assertEquals(Optional.empty(), SearchAnalytics.normalise("0101901234"));
    assertEquals(Optional.empty(), SearchAnalytics.normalise("010190-1234 journal"));
    assertEquals(Optional.empty(), SearchAnalytics.normalise("hanne@skole.dk"));
    assertEquals(Optional.of("psykologisk tryghed"), SearchAnalytics.normalise(" Psykologisk  Tryghed "));
  }
}
