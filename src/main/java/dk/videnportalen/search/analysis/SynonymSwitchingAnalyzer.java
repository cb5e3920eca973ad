package dk.videnportalen.search.analysis;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * A query analyzer that follows a changing synonym map. Lucene caches an analyzer's token stream
 * per thread, and a SynonymGraphFilter's map is fixed, so this wrapper keeps one immutable
 * delegate per map and switches delegates when the supplier hands out a new map; the delegate's
 * own per-thread cache then stays correct without locks.
 */
final class SynonymSwitchingAnalyzer extends DelegatingAnalyzerWrapper {

  private record Delegate(SynonymMap map, Analyzer analyzer) {}

  private final Supplier<SynonymMap> synonyms;
  private final Function<SynonymMap, Analyzer> analyzerForMap;
  private final AtomicReference<Delegate> delegate = new AtomicReference<>();

  SynonymSwitchingAnalyzer(Supplier<SynonymMap> synonyms,
      Function<SynonymMap, Analyzer> analyzerForMap) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.synonyms = synonyms;
    this.analyzerForMap = analyzerForMap;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    SynonymMap map = synonyms.get();
    Delegate current = delegate.get();
    if (current != null && current.map() == map) {
      return current.analyzer();
    }
    Delegate fresh = new Delegate(map, analyzerForMap.apply(map));
    // If another thread swapped first, this query still uses the map it read; the next one
    // reads again.
    delegate.compareAndSet(current, fresh);
    return fresh.analyzer();
  }
}
