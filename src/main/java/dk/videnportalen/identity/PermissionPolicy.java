package dk.videnportalen.identity;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what: the single source of the portal's permission matrix. Anonymous visitors may
 * read what is published; staff and leaders the same once signed in; editors curate content;
 * administrators run the portal.
 */
public final class PermissionPolicy {

  private static final Set<Role> EDITORS = EnumSet.of(Role.EDITOR, Role.ADMIN);
  private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);
  private static final Map<Action, Set<Role>> MATRIX = new EnumMap<>(Action.class);

  static {
    MATRIX.put(Action.CREATE_PACKAGE, EDITORS);
    MATRIX.put(Action.EDIT_PACKAGE, EDITORS);
    MATRIX.put(Action.DELETE_PACKAGE, EDITORS);
    MATRIX.put(Action.CREATE_STORY, EDITORS);
    MATRIX.put(Action.EDIT_STORY, EDITORS);
    MATRIX.put(Action.PUBLISH_STORY, EDITORS);
    MATRIX.put(Action.READ_DRAFTS, EDITORS);
    MATRIX.put(Action.MANAGE_THEMES, EDITORS);
    MATRIX.put(Action.MANAGE_SYNONYMS, EDITORS);
    MATRIX.put(Action.VIEW_SEARCH_ANALYTICS, EDITORS);
    MATRIX.put(Action.IMPORT_CONTENT, ADMINS);
    MATRIX.put(Action.REBUILD_INDEX, ADMINS);
    MATRIX.put(Action.SWEEP_BLOBS, ADMINS);
    MATRIX.put(Action.ADMINISTER_USERS, ADMINS);
    MATRIX.put(Action.READ_AUDIT_LOG, ADMINS);
  }

  private PermissionPolicy() {}

  /** Whether a caller with these roles (empty: anonymous) may perform the action. */
  public static boolean allows(Set<Role> roles, Action action) {
    if (action == Action.READ_PUBLISHED) {
      return true;
    }
    Set<Role> allowed = MATRIX.get(action);
    return allowed != null && roles.stream().anyMatch(allowed::contains);
  }

  /**
   * The matrix as a Markdown table (rows: actions; columns: anonymous and each role), as README.md
   * shows it; a unit test keeps the two identical.
   */
  public static String markdownTable() {
    StringBuilder t = new StringBuilder("| action | anonym | medarbejder | leder | redaktør | admin |\n");
    t.append("|---|---|---|---|---|---|\n");
    for (Action a : Action.values()) {
      t.append("| ").append(a.name()).append(" | ")
          .append(allows(java.util.Set.of(), a) ? "✓" : "–");
      for (Role r : new Role[] {Role.STAFF, Role.LEADER, Role.EDITOR, Role.ADMIN}) {
        t.append(" | ").append(allows(java.util.Set.of(r), a) ? "✓" : "–");
      }
      t.append(" |\n");
    }
    return t.toString();
  }

  /** The roles allowed to perform an action; empty means everyone, anonymous included. */
  public static Set<Role> rolesFor(Action action) {
    Set<Role> allowed = MATRIX.get(action);
    return allowed == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(allowed);
  }
}
