package dk.videnportalen.identity;

/**
 * The portal's roles. Names are stored in the database and used as Jakarta Security groups;
 * Danish labels come from the resource bundle ({@code role.STAFF} …).
 */
public enum Role {
  /** Medarbejder: every member of staff. */
  STAFF,
  /** Leder: unit leaders, who follow onboarding courses and see their unit's progress. */
  LEADER,
  /** Redaktør / læringspartner: curates packages, stories, themes and synonyms. */
  EDITOR,
  /** Administrator: accounts, imports, index. */
  ADMIN
}
