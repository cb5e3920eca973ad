package dk.videnportalen.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;

/**
 * The facet values of one index segment in plain arrays: for each document the ordinals of its
 * values, and for each ordinal its dimension and value.
 *
 * <p>Counting facets visits every match of a search. Reading the values from doc values at that
 * point meant decoding packed ordinals for each match, which cost about a third of a search at
 * 100,000 items; reading them from arrays is a few loads. A segment never changes, so its arrays
 * are built once, when a searcher first sees the segment, and dropped with it.
 */
final class SegmentFacets {

  static final SegmentFacets EMPTY = new SegmentFacets(new int[] {0}, new int[0], new int[0],
      new String[0], Map.of());

  private final int[] start;
  private final int[] ords;
  private final int[] dimensionOf;
  private final String[] valueOf;
  private final Map<String, Integer> ordOfLabel;

  private SegmentFacets(int[] start, int[] ords, int[] dimensionOf, String[] valueOf,
      Map<String, Integer> ordOfLabel) {
    this.start = start;
    this.ords = ords;
    this.dimensionOf = dimensionOf;
    this.valueOf = valueOf;
    this.ordOfLabel = ordOfLabel;
  }

  /**
   * Reads the facet values that {@link FacetsConfig} wrote into its doc-values field, keeping the
   * given dimensions; values of other dimensions are kept with dimension -1 and never counted.
   */
  static SegmentFacets read(LeafReader reader, List<String> dimensions) throws IOException {
    SortedSetDocValues values =
        DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    int valueCount = Math.toIntExact(values.getValueCount());
    int[] dimensionOf = new int[valueCount];
    String[] valueOf = new String[valueCount];
    Map<String, Integer> ordOfLabel = new HashMap<>();
    for (int ord = 0; ord < valueCount; ord++) {
      String label = values.lookupOrd(ord).utf8ToString();
      ordOfLabel.put(label, ord);
      int delimiter = label.indexOf(FacetsConfig.DELIM_CHAR);
      dimensionOf[ord] = delimiter < 0 ? -1 : dimensions.indexOf(label.substring(0, delimiter));
      valueOf[ord] = delimiter < 0 ? label : label.substring(delimiter + 1);
    }
    int maxDoc = reader.maxDoc();
    int[] start = new int[maxDoc + 1];
    int[] ords = new int[Math.max(16, maxDoc * 4)];
    int used = 0;
    int next = 0;
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = values.nextDoc()) {
      while (next <= doc) {
        start[next++] = used;
      }
      int count = values.docValueCount();
      ords = ArrayUtil.grow(ords, used + count);
      for (int i = 0; i < count; i++) {
        ords[used++] = Math.toIntExact(values.nextOrd());
      }
    }
    while (next <= maxDoc) {
      start[next++] = used;
    }
    return new SegmentFacets(start, ArrayUtil.copyOfSubArray(ords, 0, used), dimensionOf,
        valueOf, Map.copyOf(ordOfLabel));
  }

  int valueCount() {
    return valueOf.length;
  }

  /** The ordinal of a dimension's value in this segment, or -1 when no document here has it. */
  int ordOf(String dimension, String value) {
    return ordOfLabel.getOrDefault(FacetsConfig.pathToString(dimension, new String[] {value}),
        -1);
  }

  int dimensionOf(int ord) {
    return dimensionOf[ord];
  }

  String valueOf(int ord) {
    return valueOf[ord];
  }

  /** Whether a document has the value with the given ordinal. */
  boolean has(int doc, int ord) {
    for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
      if (ords[i] == ord) {
        return true;
      }
    }
    return false;
  }

  /** Adds one to the count of each of the document's values. */
  void countAll(int doc, int[] counts) {
    for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
      counts[ords[i]]++;
    }
  }

  /** Adds one to the count of each of the document's values in one dimension. */
  void countDimension(int doc, int dimension, int[] counts) {
    for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
      if (dimensionOf[ords[i]] == dimension) {
        counts[ords[i]]++;
      }
    }
  }
}
