package dk.videnportalen.catalog;

/**
 * Stories start as drafts and are published after review, so nothing identifying a child is
 * shown before an editor has read it.
 */
public enum StoryState {
  DRAFT,
  PUBLISHED
}
