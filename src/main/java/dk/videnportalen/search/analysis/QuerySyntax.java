package dk.videnportalen.search.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what users type into a search box, never failing: words, "quoted phrases", +required and
 * -excluded words or phrases, and the operators AND/OR/NOT (also Danish OG/ELLER/IKKE; upper case
 * only, since lower-case og/eller/ikke are ordinary words). Anything it cannot read is taken as
 * plain words: an unclosed quote is ignored, a dangling operator dropped. At most
 * {@code maxWords} words are kept, so a pasted page cannot become a huge query.
 */
final class QuerySyntax {

  enum Operator {
    /** No explicit operator: the minimum-should-match rule decides. */
    DEFAULT,
    /** The user wrote AND between words: all are required. */
    ALL,
    /** The user wrote OR between words: any one is enough. */
    ANY
  }

  record Parsed(List<String> words, List<String> phrases, List<String> requiredWords,
      List<String> excluded, Operator operator) {

    boolean isEmpty() {
      return words.isEmpty() && phrases.isEmpty() && requiredWords.isEmpty();
    }
  }

  private QuerySyntax() {}

  static Parsed parse(String input, int maxWords) {
    List<String> words = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    List<String> required = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    boolean sawAnd = false;
    boolean sawOr = false;
    boolean negateNext = false;
    boolean requireNext = false;
    int budget = maxWords;
    String text = input == null ? "" : input;
    int i = 0;
    while (i < text.length() && budget > 0) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '"') {
        int close = text.indexOf('"', i + 1);
        if (close < 0) { // unclosed quote: read the rest as words
          i++;
          continue;
        }
        String phrase = text.substring(i + 1, close).trim();
        if (!phrase.isEmpty()) {
          (negateNext ? excluded : phrases).add(phrase);
          budget -= phrase.split("\\s+").length;
        }
        negateNext = false;
        requireNext = false;
        i = close + 1;
        continue;
      }
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))
          && text.charAt(end) != '"') {
        end++;
      }
      String token = text.substring(i, end);
      i = end;
      switch (token) {
        case "AND", "OG", "&&" -> sawAnd = true;
        case "OR", "ELLER", "||" -> sawOr = true;
        case "NOT", "IKKE" -> negateNext = true;
        case "-" -> negateNext = true;
        case "+" -> requireNext = true;
        default -> {
          if (token.length() > 1 && token.charAt(0) == '-') {
            excluded.add(token.substring(1));
          } else if (token.length() > 1 && token.charAt(0) == '+') {
            required.add(token.substring(1));
          } else if (negateNext) {
            excluded.add(token);
          } else if (requireNext) {
            required.add(token);
          } else {
            words.add(token);
          }
          negateNext = false;
          requireNext = false;
          budget--;
        }
      }
    }
    Operator operator = sawAnd == sawOr ? Operator.DEFAULT
        : sawAnd ? Operator.ALL : Operator.ANY;
    return new Parsed(words, phrases, required, excluded, operator);
  }
}
