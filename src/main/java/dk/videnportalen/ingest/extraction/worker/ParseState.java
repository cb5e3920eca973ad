package dk.videnportalen.ingest.extraction.worker;

/**
 * What one parse shares between the pieces Tika calls back into; travels in the
 * {@code ParseContext}. One instance per file, used by one thread.
 */
final class ParseState {

  /** Below this nothing is suspicious, whatever the ratio: small files compress well. */
  static final long MIN_UNPACK_BUDGET = 8L << 20;

  private final DocumentTreeHandler tree;
  private final long fileBytes;
  private final long unpackBudget;
  private boolean rootUnsupported;
  private boolean rootSniffedAsText;
  private int embeddedUnsupported;
  private long unpackedBytes;
  private boolean bomb;

  ParseState(DocumentTreeHandler tree, long fileBytes, long maxCompressionRatio) {
    this.tree = tree;
    this.fileBytes = fileBytes;
    long budget = fileBytes > Long.MAX_VALUE / Math.max(1, maxCompressionRatio)
        ? Long.MAX_VALUE : fileBytes * maxCompressionRatio;
    this.unpackBudget = Math.max(MIN_UNPACK_BUDGET, budget);
  }

  DocumentTreeHandler tree() {
    return tree;
  }

  void markRootUnsupported() {
    rootUnsupported = true;
  }

  boolean rootUnsupported() {
    return rootUnsupported;
  }

  void markRootSniffedAsText() {
    rootSniffedAsText = true;
  }

  /** The outer file had no known format but its bytes read as text in some charset. */
  boolean rootSniffedAsText() {
    return rootSniffedAsText;
  }

  void markEmbeddedUnsupported() {
    embeddedUnsupported++;
  }

  int embeddedUnsupported() {
    return embeddedUnsupported;
  }

  /** Counts bytes unpacked by embedded documents; fails once they exceed the budget. */
  void addUnpackedBytes(long n) throws DecompressionBombException {
    unpackedBytes += n;
    checkUnpackBudget();
  }

  void checkUnpackBudget() throws DecompressionBombException {
    if (unpackedBytes > unpackBudget) {
      bomb = true;
      throw new DecompressionBombException(fileBytes, unpackBudget);
    }
  }

  long unpackedBytes() {
    return unpackedBytes;
  }

  boolean bomb() {
    return bomb;
  }
}
