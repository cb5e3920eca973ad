/**
 * Danish text analysis for the portal's Lucene index: the index-time, query-time and suggestion
 * analyzers ({@link dk.videnportalen.search.analysis.PortalAnalyzers}), the query construction the
 * search service uses ({@link dk.videnportalen.search.analysis.PortalQueryParser}) and the word
 * lists behind them (stopwords, compound parts, lemma map, default synonyms) as class-path
 * resources. Measured choices and figures: {@code EVALUATION.md} in the test resources.
 */
package dk.videnportalen.search.analysis;
