package dk.videnportalen.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a user typed into the portal's Lucene query. Never throws on user input.
 *
 * <ul>
 *   <li>Plain words are matched term by term, either in one match field that holds every text
 *       field's words weighted by field ({@link Builder#matchField}, the portal's way) or across
 *       the text fields (each field with its boost, the best field counting most), and must
 *       satisfy the {@link MinimumShouldMatch} rule;
 *   <li>"quoted phrases", +words are required, -words, -"phrases" and NOT words excluded; AND
 *       makes all plain words required, OR makes any one enough;
 *   <li>optional boosts put exact title matches first: the words as a phrase in the title, and
 *       the whole input equal to a title (through a keyword field holding
 *       {@link PortalAnalyzers#normaliseKeyword} of the title);
 *   <li>with {@link #parse(String, IndexSearcher)} each word is looked up in the index first: a
 *       word it has never seen but that is one or two letters from one it has is a typo and not
 *       counted (did-you-mean offers the correction; "psykologisk trykhed" still finds
 *       psykologisk), a word with no near spelling is absent, and the rule decides what that
 *       means (for {@link MinimumShouldMatch#PORTAL}: a short query with an absent word finds
 *       nothing, "fodboldturnering ledelse").
 * </ul>
 *
 * Immutable and thread-safe; build one per analyzer with {@link #builder(Analyzer)}.
 */
public final class PortalQueryParser {

  private final Map<String, Float> fieldBoosts;
  private final String matchField;
  private final String phraseField;
  /** Builds the plain words' clauses: in the match field, or across the weighted fields. */
  private final QueryBuilder termBuilder;
  private final String termField;
  private final QueryBuilder phraseBuilder;
  private final float tieBreaker;
  private final MinimumShouldMatch minimumShouldMatch;
  private final int maxWords;
  private final String titleField;
  private final float titlePhraseBoost;
  private final String exactTitleField;
  private final float exactTitleBoost;
  private final UnaryOperator<String> titleKey;
  private final boolean checkWordsInIndex;
  private final PerReaderCache<Query, Boolean> misspelt = new PerReaderCache<>(10_000);

  private PortalQueryParser(Builder b) {
    this.fieldBoosts = Collections.unmodifiableMap(new LinkedHashMap<>(b.fieldBoosts));
    this.matchField = b.matchField;
    this.phraseField = b.phraseField;
    this.tieBreaker = b.tieBreaker;
    this.termBuilder = matchField != null ? new QueryBuilder(b.analyzer)
        : new MultiFieldTermBuilder(b.analyzer, fieldBoosts, b.tieBreaker);
    this.termField = matchField != null ? matchField : MultiFieldTermBuilder.ALL_FIELDS;
    this.phraseBuilder = new QueryBuilder(b.analyzer);
    this.minimumShouldMatch = b.minimumShouldMatch;
    this.maxWords = b.maxWords;
    this.titleField = b.titleField;
    this.titlePhraseBoost = b.titlePhraseBoost;
    this.exactTitleField = b.exactTitleField;
    this.exactTitleBoost = b.exactTitleBoost;
    this.titleKey = b.titleKey;
    this.checkWordsInIndex = b.checkWordsInIndex;
  }

  /** @param queryAnalyzer {@link PortalAnalyzers#queryAnalyzer(java.util.function.Supplier)} */
  public static Builder builder(Analyzer queryAnalyzer) {
    return new Builder(queryAnalyzer);
  }

  /** The query for {@code input}; counts every word against the minimum-should-match rule. */
  public Query parse(String input) {
    return parse(input, null);
  }

  /**
   * The query for {@code input}, checking each word against {@code searcher}'s index so unknown
   * words do not count against the rule (when enabled in the builder). {@code searcher} may be
   * null.
   */
  public Query parse(String input, IndexSearcher searcher) {
    QuerySyntax.Parsed parsed = QuerySyntax.parse(input, maxWords);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean positive = false;
    String words = String.join(" ", parsed.words());
    if (!words.isBlank()) {
      Query wordQuery = termBuilder.createBooleanQuery(termField, words);
      if (wordQuery != null) {
        Query matched = withMinimumShouldMatch(wordQuery, parsed.operator(), searcher);
        addWithTitleBoosts(query, matched, titleBoosts(input, words, parsed));
        positive = true;
      }
    }
    for (String phrase : parsed.phrases()) {
      Query phraseQuery = acrossFields(phrase);
      if (phraseQuery != null) {
        query.add(phraseQuery, Occur.MUST);
        positive = true;
      }
    }
    for (String word : parsed.requiredWords()) {
      Query required = termBuilder.createBooleanQuery(termField, word, Occur.MUST);
      if (required != null) {
        query.add(required, Occur.MUST);
        positive = true;
      }
    }
    for (String excluded : parsed.excluded()) {
      Query negative = acrossFields(excluded);
      if (negative != null) {
        query.add(negative, Occur.MUST_NOT);
      }
    }
    if (!positive) {
      return new MatchNoDocsQuery("no searchable words in the query");
    }
    return query.build();
  }

  private Query withMinimumShouldMatch(Query wordQuery, QuerySyntax.Operator operator,
      IndexSearcher searcher) {
    if (!(wordQuery instanceof BooleanQuery bool) || !allOptional(bool)) {
      return wordQuery;
    }
    List<Query> clauses = new ArrayList<>();
    for (BooleanClause clause : bool.clauses()) {
      clauses.add(clause.getQuery());
    }
    int known = clauses.size();
    int absent = 0;
    if (checkWordsInIndex && searcher != null && operator == QuerySyntax.Operator.DEFAULT) {
      known = 0;
      for (Query clause : clauses) {
        if (matchesAnything(searcher, clause)) {
          known++;
        } else if (!misspelt.get(searcher.getIndexReader(), clause,
            c -> looksMisspelt(searcher, c))) {
          absent++;
        }
      }
      if (known == 0 && absent == 0) { // only typos: keep them all, did-you-mean will help
        known = clauses.size();
      }
    }
    int required = switch (operator) {
      case ALL -> clauses.size();
      case ANY -> 1;
      case DEFAULT -> Math.max(1, minimumShouldMatch.required(known, absent));
    };
    BooleanQuery.Builder rebuilt = new BooleanQuery.Builder();
    clauses.forEach(c -> rebuilt.add(c, Occur.SHOULD));
    rebuilt.setMinimumNumberShouldMatch(required);
    return rebuilt.build();
  }

  private static boolean allOptional(BooleanQuery bool) {
    return bool.getMinimumNumberShouldMatch() == 0 && onlyShould(bool);
  }

  private static boolean onlyShould(BooleanQuery bool) {
    return bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD);
  }

  /**
   * Whether any live document matches. Stops at the first one: counting all matches of a
   * frequent word cost as much as the search itself.
   */
  private static boolean matchesAnything(IndexSearcher searcher, Query clause) {
    try {
      Weight weight = searcher.createWeight(searcher.rewrite(clause),
          ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live == null || live.get(doc)) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a word the index does not know is one or two letters away from a word it does know
   * (trykhed ~ tryghed): then it is probably a typo, and did-you-mean will offer the correction.
   * A word with no near spelling (fodboldturnering) names something the portal does not have.
   */
  private static boolean looksMisspelt(IndexSearcher searcher, Query clause) {
    Set<Term> terms = new HashSet<>();
    clause.visit(QueryVisitor.termCollector(terms));
    for (Term term : terms) {
      int length = term.text().length();
      if (length >= MIN_TYPO_LENGTH && matchesAnything(searcher,
          new FuzzyQuery(term, length >= TWO_TYPOS_LENGTH ? 2 : 1, 1))) {
        return true;
      }
    }
    return false;
  }

  private static final int MIN_TYPO_LENGTH = 4;
  private static final int TWO_TYPOS_LENGTH = 8;

  /** Exact title matches first: the words as a title phrase, and the input equal to a title. */
  private List<Query> titleBoosts(String input, String words, QuerySyntax.Parsed parsed) {
    List<Query> boosts = new ArrayList<>(2);
    if (titleField != null && titlePhraseBoost > 0 && parsed.words().size() > 1) {
      Query phrase = phraseBuilder.createPhraseQuery(titleField, words);
      if (phrase != null) {
        boosts.add(new BoostQuery(phrase, titlePhraseBoost));
      }
    }
    if (exactTitleField != null && exactTitleBoost > 0) {
      String key = titleKey.apply(input);
      if (!key.isEmpty()) {
        boosts.add(new BoostQuery(new TermQuery(new Term(exactTitleField, key)), exactTitleBoost));
      }
    }
    return boosts;
  }

  /**
   * Adds the plain words' query, required, with the title boosts. A document that matches a
   * boost (the words as a title phrase, or the input as the whole title) has all the words, so
   * the boosts can sit among the words' optional clauses without changing what matches: one flat
   * disjunction, which Lucene scores over every match about a fifth faster than the words
   * required and the boosts optional beside them.
   */
  private static void addWithTitleBoosts(BooleanQuery.Builder query, Query words,
      List<Query> boosts) {
    if (boosts.isEmpty()) {
      query.add(words, Occur.MUST);
      return;
    }
    BooleanQuery.Builder flat = new BooleanQuery.Builder();
    if (words instanceof BooleanQuery bool && onlyShould(bool)) {
      bool.clauses().forEach(flat::add);
      flat.setMinimumNumberShouldMatch(Math.max(1, bool.getMinimumNumberShouldMatch()));
    } else if (!(words instanceof BooleanQuery)) {
      flat.add(words, Occur.SHOULD).setMinimumNumberShouldMatch(1);
    } else { // required words among the plain ones: keep the boosts beside them
      query.add(words, Occur.MUST);
      boosts.forEach(b -> query.add(b, Occur.SHOULD));
      return;
    }
    boosts.forEach(b -> flat.add(b, Occur.SHOULD));
    query.add(flat.build(), Occur.MUST);
  }

  /**
   * A phrase (or single word) in any text field, the best field counting; with a match field, in
   * the phrase field, which holds every text field's words with their positions.
   */
  private Query acrossFields(String text) {
    if (matchField != null) {
      return phraseBuilder.createPhraseQuery(phraseField, text);
    }
    List<Query> perField = new ArrayList<>();
    for (Map.Entry<String, Float> field : fieldBoosts.entrySet()) {
      Query q = phraseBuilder.createPhraseQuery(field.getKey(), text);
      if (q != null) {
        perField.add(field.getValue() == 1f ? q : new BoostQuery(q, field.getValue()));
      }
    }
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, tieBreaker);
  }

  /** Configuration; every setting has a measured default (see EVALUATION.md). */
  public static final class Builder {
    private final Analyzer analyzer;
    private final Map<String, Float> fieldBoosts = new LinkedHashMap<>();
    private String matchField;
    private String phraseField;
    private float tieBreaker = 0.1f;
    private MinimumShouldMatch minimumShouldMatch = MinimumShouldMatch.PORTAL;
    private int maxWords = 32;
    private String titleField;
    private float titlePhraseBoost;
    private String exactTitleField;
    private float exactTitleBoost;
    private UnaryOperator<String> titleKey = s -> s;
    private boolean checkWordsInIndex = true;

    private Builder(Analyzer analyzer) {
      this.analyzer = Objects.requireNonNull(analyzer);
    }

    /** A text field searched for every word, with its weight (title 3, themes 2, body 1). */
    public Builder field(String name, float boost) {
      fieldBoosts.put(name, boost);
      return this;
    }

    /**
     * Instead of {@link #field}s: one field holding every word of every text field, weighted
     * when indexed (a title word counting more than a body word), where each plain word is
     * matched and scored; and a field holding the same words with positions, for phrases. A
     * search then scores one postings list per word instead of one per word and field.
     */
    public Builder matchField(String wordsField, String phraseField) {
      this.matchField = Objects.requireNonNull(wordsField);
      this.phraseField = Objects.requireNonNull(phraseField);
      return this;
    }

    /** Share of the non-best fields' scores added to a word's score (0 = best field only). */
    public Builder tieBreaker(float tieBreaker) {
      this.tieBreaker = tieBreaker;
      return this;
    }

    public Builder minimumShouldMatch(MinimumShouldMatch rule) {
      this.minimumShouldMatch = Objects.requireNonNull(rule);
      return this;
    }

    /** Words read from the input at most; the rest is ignored (bounds the clause count). */
    public Builder maxWords(int maxWords) {
      this.maxWords = maxWords;
      return this;
    }

    /** Extra score when the plain words occur as a phrase in this (analysed) title field. */
    public Builder titlePhraseBoost(String titleField, float boost) {
      this.titleField = titleField;
      this.titlePhraseBoost = boost;
      return this;
    }

    /**
     * Extra score when the whole input equals a title: {@code keyField} must hold
     * {@code key.apply(title)} as a single keyword, e.g. {@link PortalAnalyzers#normaliseKeyword}.
     */
    public Builder exactTitleBoost(String keyField, UnaryOperator<String> key, float boost) {
      this.exactTitleField = keyField;
      this.titleKey = Objects.requireNonNull(key);
      this.exactTitleBoost = boost;
      return this;
    }

    /**
     * Whether {@link #parse(String, IndexSearcher)} sorts the words into known, absent and typos
     * for the {@link MinimumShouldMatch} rule (one count query per word; cheap on this index size).
     */
    public Builder checkWordsInIndex(boolean relax) {
      this.checkWordsInIndex = relax;
      return this;
    }

    public PortalQueryParser build() {
      if (fieldBoosts.isEmpty() == (matchField == null)) {
        throw new IllegalStateException("Either fields or a match field are needed, not both");
      }
      return new PortalQueryParser(this);
    }
  }
}
