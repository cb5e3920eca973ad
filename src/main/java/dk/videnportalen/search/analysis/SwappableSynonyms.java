package dk.videnportalen.search.analysis;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The synonym map the query analyzer reads for every new query, replaceable at run time (editors
 * save a new list → {@link #replace}); the index needs no rebuild because synonyms are applied to
 * queries only. Thread-safe. Keep one per portal, beside its {@link PortalAnalyzers}.
 */
public final class SwappableSynonyms implements Supplier<SynonymMap> {

  private final AtomicReference<SynonymMap> current;

  public SwappableSynonyms(SynonymMap initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial));
  }

  @Override
  public SynonymMap get() {
    return current.get();
  }

  /** Queries analysed from now on use {@code next}; queries already being analysed are unaffected. */
  public void replace(SynonymMap next) {
    current.set(Objects.requireNonNull(next));
  }
}
