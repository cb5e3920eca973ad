package dk.videnportalen.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Lucene's QueryBuilder (stopword holes, synonym graphs, one clause per query position) with each
 * term looked up in all fields at once: a term becomes max(title^b, themes^b, body) plus a small
 * share of the other fields. Term-centric, so "social kapital" may match social in the title and
 * kapital in the body, and the minimum-should-match rule counts words, not field matches.
 */
final class MultiFieldTermBuilder extends QueryBuilder {

  /** The field name handed to QueryBuilder; only the term bytes of its output are used. */
  static final String ALL_FIELDS = "*";

  private final Map<String, Float> fieldBoosts;
  private final float tieBreaker;

  MultiFieldTermBuilder(Analyzer analyzer, Map<String, Float> fieldBoosts, float tieBreaker) {
    super(analyzer);
    this.fieldBoosts = fieldBoosts;
    this.tieBreaker = tieBreaker;
  }

  @Override
  protected Query newTermQuery(Term term, float boost) {
    List<Query> perField = new ArrayList<>();
    fieldBoosts.forEach((field, fieldBoost) -> perField.add(
        boosted(new TermQuery(new Term(field, term.bytes())), fieldBoost)));
    return boosted(new DisjunctionMaxQuery(perField, tieBreaker), boost);
  }

  @Override
  protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
    List<Query> perField = new ArrayList<>();
    fieldBoosts.forEach((name, fieldBoost) -> {
      SynonymQuery.Builder synonyms = new SynonymQuery.Builder(name);
      for (TermAndBoost term : terms) {
        synonyms.addTerm(term.term, term.boost);
      }
      perField.add(boosted(synonyms.build(), fieldBoost));
    });
    return new DisjunctionMaxQuery(perField, tieBreaker);
  }

  private static Query boosted(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }
}
