package dk.videnportalen.search.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metrics of {@code shared/relevance/eval.py}, computed the same way: over the should-match
 * queries (some judgment ≥ 1) nDCG@k with linear gain and the ideal from all judged grades,
 * MRR@k and Recall@k with "relevant" = grade ≥ 2, the zero-hit rate; over the queries without a
 * relevant document, how many returned nothing. Public for the relevance benchmark in
 * {@code dk.videnportalen.bench}, which computes the same figures over the portal's HTTP API.
 */
public final class RelevanceMetrics {

  public static final int K = 10;
  public static final int RELEVANT = 2;

  public record PerQuery(String qid, String category, boolean shouldMatch, double ndcg, double mrr,
      double recall, boolean zeroHits) {}

  public record Summary(int shouldMatch, double ndcg, double mrr, double recall, double zeroHitRate,
      int noMatch, int noMatchZero) {}

  private RelevanceMetrics() {}

  public static PerQuery evaluate(String qid, String category, List<String> ranked,
      Map<String, Integer> grades) {
    List<String> top = ranked.subList(0, Math.min(K, ranked.size()));
    boolean shouldMatch = grades.values().stream().anyMatch(g -> g >= 1);
    if (!shouldMatch) {
      return new PerQuery(qid, category, false, 0, 0, 0, top.isEmpty());
    }
    double dcg = 0;
    for (int i = 0; i < top.size(); i++) {
      dcg += grades.getOrDefault(top.get(i), 0) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(grades.values());
    ideal.sort((a, b) -> b - a);
    double idcg = 0;
    for (int i = 0; i < Math.min(K, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    double rr = 0;
    for (int i = 0; i < top.size(); i++) {
      if (grades.getOrDefault(top.get(i), 0) >= RELEVANT) {
        rr = 1.0 / (i + 1);
        break;
      }
    }
    Set<String> relevant = new HashSet<>();
    grades.forEach((key, grade) -> {
      if (grade >= RELEVANT) {
        relevant.add(key);
      }
    });
    long found = top.stream().filter(relevant::contains).count();
    double recall = relevant.isEmpty() ? 0 : (double) found / relevant.size();
    return new PerQuery(qid, category, true, idcg > 0 ? dcg / idcg : 0, rr, recall,
        top.isEmpty());
  }

  public static Summary summarise(List<PerQuery> rows) {
    List<PerQuery> sm = rows.stream().filter(PerQuery::shouldMatch).toList();
    List<PerQuery> nm = rows.stream().filter(r -> !r.shouldMatch()).toList();
    int n = sm.size();
    return new Summary(n,
        n == 0 ? 0 : sm.stream().mapToDouble(PerQuery::ndcg).sum() / n,
        n == 0 ? 0 : sm.stream().mapToDouble(PerQuery::mrr).sum() / n,
        n == 0 ? 0 : sm.stream().mapToDouble(PerQuery::recall).sum() / n,
        n == 0 ? 0 : sm.stream().filter(PerQuery::zeroHits).count() / (double) n,
        nm.size(), (int) nm.stream().filter(PerQuery::zeroHits).count());
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
