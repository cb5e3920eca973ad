package dk.videnportalen.search;

import dk.videnportalen.search.SearchResult.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;

/**
 * One pass over a query's matches that collects the top hits and counts facet values the
 * drill-sideways way: a match that meets every chosen value is a hit and counts for every
 * dimension; a match that misses the chosen value of exactly one dimension counts for that
 * dimension only, so choosing a theme still shows how many results the other themes would give.
 *
 * <p>The query must not contain the chosen values as filters: they are checked here.
 *
 * @param <C> the hits collector
 * @param <T> its top documents
 */
final class FacetedSearch<C extends Collector, T extends TopDocs>
    implements CollectorManager<FacetedSearch<C, T>.Counter, FacetedSearch.Result<T>> {

  /** The top hits (their total is the number of matches that meet every chosen value). */
  record Result<T extends TopDocs>(T hits, Map<String, List<FacetValue>> facets) {}

  private final CollectorManager<C, T> hits;
  private final List<SegmentFacets> segments;
  private final List<String> dimensions;
  private final String[] chosen;
  /** The indexes of the dimensions with a chosen value. */
  private final int[] chosenDimensions;
  private final int topValues;

  /**
   * @param segments the facet arrays of the searcher's segments, by leaf ordinal
   * @param dimensions the dimensions to count, in the order of the result
   * @param chosen the chosen value of each dimension (same order), null where none is chosen
   * @param topValues how many values to return per dimension, most frequent first
   */
  FacetedSearch(CollectorManager<C, T> hits, List<SegmentFacets> segments,
      List<String> dimensions, String[] chosen, int topValues) {
    this.hits = hits;
    this.segments = segments;
    this.dimensions = dimensions;
    this.chosen = chosen.clone();
    this.chosenDimensions = chosenDimensions(chosen);
    this.topValues = topValues;
  }

  @Override
  public Counter newCollector() throws IOException {
    return new Counter(hits.newCollector());
  }

  @Override
  public Result<T> reduce(Collection<Counter> counters) throws IOException {
    List<C> inner = new ArrayList<>(counters.size());
    Map<String, Map<String, Long>> totals = new HashMap<>();
    for (Counter counter : counters) {
      inner.add(counter.hits);
      counter.addCountsTo(totals);
    }
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String dimension : dimensions) {
      facets.put(dimension, totals.getOrDefault(dimension, Map.of()).entrySet().stream()
          .map(e -> new FacetValue(e.getKey(), e.getValue()))
          .sorted(Comparator.comparingLong(FacetValue::count).reversed()
              .thenComparing(FacetValue::value))
          .limit(topValues)
          .toList());
    }
    return new Result<>(hits.reduce(inner), facets);
  }

  /** Collects hits and counts for one slice of the index's segments. */
  final class Counter implements Collector {
    private final C hits;
    private final List<SegmentCounts> counted = new ArrayList<>();

    private Counter(C hits) {
      this.hits = hits;
    }

    @Override
    public ScoreMode scoreMode() {
      // Every match is counted, so none may be skipped, whatever the hits collector would allow.
      return hits.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SegmentFacets segment = context.ord < segments.size() ? segments.get(context.ord)
          : SegmentFacets.EMPTY;
      int[] counts = new int[segment.valueCount()];
      counted.add(new SegmentCounts(segment, counts));
      LeafCollector leafHits = hits.getLeafCollector(context);
      int[] chosenOrds = new int[chosenDimensions.length];
      for (int i = 0; i < chosenDimensions.length; i++) {
        int d = chosenDimensions[i];
        chosenOrds[i] = segment.ordOf(dimensions.get(d), chosen[d]);
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) throws IOException {
          leafHits.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
          int missed = -1;
          for (int i = 0; i < chosenOrds.length; i++) {
            if (chosenOrds[i] < 0 || !segment.has(doc, chosenOrds[i])) {
              if (missed >= 0) {
                return; // misses two chosen values: neither a hit nor a sideways count
              }
              missed = chosenDimensions[i];
            }
          }
          if (missed < 0) {
            leafHits.collect(doc);
            segment.countAll(doc, counts);
          } else {
            segment.countDimension(doc, missed, counts);
          }
        }
      };
    }

    private void addCountsTo(Map<String, Map<String, Long>> totals) {
      for (SegmentCounts c : counted) {
        for (int ord = 0; ord < c.counts.length; ord++) {
          int dimension = c.segment.dimensionOf(ord);
          if (c.counts[ord] > 0 && dimension >= 0) {
            totals.computeIfAbsent(dimensions.get(dimension), d -> new HashMap<>())
                .merge(c.segment.valueOf(ord), (long) c.counts[ord], Long::sum);
          }
        }
      }
    }
  }

  private static int[] chosenDimensions(String[] chosen) {
    return IntStream.range(0, chosen.length).filter(d -> chosen[d] != null).toArray();
  }

  private record SegmentCounts(SegmentFacets segment, int[] counts) {}
}
