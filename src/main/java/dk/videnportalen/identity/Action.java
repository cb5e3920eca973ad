package dk.videnportalen.identity;

/**
 * Everything a person can do that needs permission. The matrix of roles × actions is
 * {@link PermissionPolicy}; README.md shows it as a table. Features add their actions here.
 */
public enum Action {
  READ_PUBLISHED,
  CREATE_PACKAGE,
  EDIT_PACKAGE,
  DELETE_PACKAGE,
  CREATE_STORY,
  EDIT_STORY,
  PUBLISH_STORY,
  READ_DRAFTS,
  MANAGE_THEMES,
  MANAGE_SYNONYMS,
  VIEW_SEARCH_ANALYTICS,
  IMPORT_CONTENT,
  REBUILD_INDEX,
  SWEEP_BLOBS,
  ADMINISTER_USERS,
  READ_AUDIT_LOG
}
