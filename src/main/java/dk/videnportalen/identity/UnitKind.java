package dk.videnportalen.identity;

/** The kinds of organisational unit in the department. */
public enum UnitKind {
  SCHOOL,
  DAYCARE,
  YOUTH_CLUB,
  ADMINISTRATION
}
