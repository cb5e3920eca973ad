package dk.videnportalen.identity.sso;

import dk.videnportalen.identity.Role;
import dk.videnportalen.identity.UnitKind;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an identity provider's claims into the portal's view of a person: a user name, name,
 * e-mail, unit (with its kind) and roles. Every signed-in person is at least staff; roles named
 * in the role claim are mapped through {@code roleMap} and unknown ones ignored, so the identity
 * provider can never grant a role the map does not name.
 */
public record ClaimMapping(String usernameClaim, String unitClaim, String unitKindClaim,
    String rolesClaim, Map<String, String> roleMap) {

  /** The person as the portal needs them. {@code roles} is empty when the IdP sent no role claim. */
  public record SsoPerson(String subject, String username, String displayName, String email,
      String unit, UnitKind unitKind, Optional<Set<Role>> roles) {}

  public SsoPerson map(String subject, Map<String, Object> claims) {
    String username = firstText(claims, usernameClaim, "preferred_username", "email")
        .map(u -> u.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", "-"))
        .filter(u -> u.length() >= 2)
        .orElse("sso-" + subject.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    if (username.length() > 100) {
      username = username.substring(0, 100);
    }
    String name = firstText(claims, "name").orElseGet(() -> joined(claims));
    String email = firstText(claims, "email").orElse(null);
    String unit = firstText(claims, unitClaim).orElse(null);
    UnitKind kind = firstText(claims, unitKindClaim)
        .flatMap(ClaimMapping::unitKind)
        .orElse(UnitKind.ADMINISTRATION);
    Optional<Set<Role>> roles = Optional.ofNullable(claims.get(rolesClaim)).map(this::roles);
    return new SsoPerson(subject, username, name == null || name.isBlank() ? username : name,
        email, unit, kind, roles);
  }

  private Set<Role> roles(Object claim) {
    Set<Role> roles = EnumSet.of(Role.STAFF);
    Collection<?> values = claim instanceof Collection<?> c ? c : List.of(String.valueOf(claim).split("[,\\s]+"));
    for (Object v : values) {
      String mapped = roleMap.get(String.valueOf(v).strip().toLowerCase(Locale.ROOT));
      if (mapped != null) {
        try {
          roles.add(Role.valueOf(mapped));
        } catch (IllegalArgumentException e) {
          // A map entry naming no role grants nothing.
        }
      }
    }
    return roles;
  }

  private static Optional<UnitKind> unitKind(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "school", "skole" -> Optional.of(UnitKind.SCHOOL);
      case "daycare", "dagtilbud", "boernehave", "børnehave", "vuggestue" -> Optional.of(UnitKind.DAYCARE);
      case "youth_club", "youth-club", "klub", "ungdomsklub", "fritid" -> Optional.of(UnitKind.YOUTH_CLUB);
      case "administration", "forvaltning" -> Optional.of(UnitKind.ADMINISTRATION);
      default -> Optional.empty();
    };
  }

  private static Optional<String> firstText(Map<String, Object> claims, String... names) {
    for (String n : names) {
      Object v = n == null ? null : claims.get(n);
      if (v instanceof String s && !s.isBlank()) {
        return Optional.of(s.strip());
      }
    }
    return Optional.empty();
  }

  private static String joined(Map<String, Object> claims) {
    String given = claims.get("given_name") instanceof String g ? g : "";
    String family = claims.get("family_name") instanceof String f ? f : "";
    return (given + " " + family).strip();
  }
}
