package dk.videnportalen.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the relevance evaluation (about 30 s: Tika extraction of 53 files, then one small index
 * per row) and guards the result: the production configuration must stay well above the stock
 * DanishAnalyzer and find nothing for the no-match queries. The tables go to the log and to
 * {@code target/relevance/results.md}.
 */
class RelevanceEvaluationTest {

  private static final Logger LOG = Logger.getLogger(RelevanceEvaluationTest.class.getName());

  @Test
  void productionBeatsTheStockDanishAnalyzer() throws IOException {
    Path dir = RelevanceCorpus.defaultDir();
    Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("qrels.tsv")),
        "the shared relevance set is not next to the project: " + dir);
    RelevanceEvaluation evaluation = new RelevanceEvaluation(RelevanceCorpus.load(dir));
    List<RelevanceEvaluation.Setup> setups = RelevanceEvaluation.setups();
    List<RelevanceEvaluation.Result> results = evaluation.runAll(setups);
    String report = RelevanceEvaluation.report(results);
    RelevanceEvaluation.writeRuns(Path.of("target", "relevance"), results, report);
    LOG.info(() -> "\n" + report);

    RelevanceMetrics.Summary baseline = results.get(0).summary();
    RelevanceMetrics.Summary production = results.stream()
        .filter(r -> r.setup().name().endsWith("= FINAL")).findFirst().orElseThrow().summary();
    assertEquals(0.755, baseline.ndcg(), 0.005, "the stock DanishAnalyzer reference figure");
    assertTrue(production.ndcg() >= baseline.ndcg() + 0.08,
        "nDCG@10 " + production.ndcg() + " vs baseline " + baseline.ndcg());
    assertTrue(production.mrr() >= baseline.mrr(), "MRR@10 " + production.mrr());
    assertEquals(production.noMatch(), production.noMatchZero(), "no-match queries with hits");
  }
}
