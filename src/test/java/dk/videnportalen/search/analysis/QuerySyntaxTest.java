package dk.videnportalen.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

  private static QuerySyntax.Parsed parse(String input) {
    return QuerySyntax.parse(input, 32);
  }

  @Test
  void plainWords() {
    QuerySyntax.Parsed p = parse("  psykologisk   tryghed ");
    assertEquals(List.of("psykologisk", "tryghed"), p.words());
    assertEquals(QuerySyntax.Operator.DEFAULT, p.operator());
  }

  @Test
  void quotedPhrasesAndExclusions() {
    QuerySyntax.Parsed p = parse("\"vi lærer sammen\" dagtilbud -skole NOT \"social kapital\"");
    assertEquals(List.of("vi lærer sammen"), p.phrases());
    assertEquals(List.of("dagtilbud"), p.words());
    assertEquals(List.of("skole", "social kapital"), p.excluded());
  }

  @Test
  void requiredWordsAndOperators() {
    assertEquals(List.of("data"), parse("+data praksis").requiredWords());
    assertEquals(QuerySyntax.Operator.ALL, parse("data AND praksis").operator());
    assertEquals(QuerySyntax.Operator.ANY, parse("data OR praksis").operator());
    assertEquals(QuerySyntax.Operator.ANY, parse("data ELLER praksis").operator());
    assertEquals(List.of("data", "og", "praksis"), parse("data og praksis").words());
  }

  @Test
  void brokenSyntaxFallsBackToWords() {
    assertEquals(List.of("psykologisk", "tryghed"), parse("\"psykologisk tryghed").words());
    assertEquals(List.of("data"), parse("data AND").words());
    assertEquals(List.of("e-læring"), parse("e-læring -").words());
    assertTrue(parse("\"\" NOT").isEmpty());
    assertTrue(parse(null).isEmpty());
  }

  @Test
  void longInputIsBounded() {
    String pasted = "ord ".repeat(1000);
    assertEquals(5, QuerySyntax.parse(pasted, 5).words().size());
  }
}
