package dk.videnportalen.ingest.extraction.worker;

import org.apache.tika.extractor.DocumentSelector;
import org.apache.tika.metadata.Metadata;

/**
 * Tells Tika's embedded-document extractors to skip documents nested deeper than the limit
 * (a ZIP quine would otherwise recurse until the wrapper's hard stop at 100), and remembers that
 * something was skipped. Skipping, rather than throwing, keeps the text found so far.
 */
final class DepthLimit implements DocumentSelector {

  private final DocumentTreeHandler tree;
  private final int maxDepth;
  private boolean reached;

  DepthLimit(DocumentTreeHandler tree, int maxDepth) {
    this.tree = tree;
    this.maxDepth = maxDepth;
  }

  @Override
  public boolean select(Metadata metadata) {
    // Called for a child before it is entered, so the child would sit one level deeper.
    if (tree.depth() + 1 > maxDepth) {
      reached = true;
      return false;
    }
    return true;
  }

  boolean reached() {
    return reached;
  }
}
