package dk.videnportalen.identity.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.identity.Role;
import dk.videnportalen.identity.UnitKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimMappingTest {

  private final ClaimMapping mapping = new ClaimMapping("preferred_username", "unit", "unit_kind",
      "roles", SsoSettings.parse("medarbejder=STAFF, leder=LEADER, redaktoer=EDITOR, admin=ADMIN"));

  @Test
  void claimsBecomeUsernameUnitAndRoles() {
    ClaimMapping.SsoPerson p = mapping.map("abc-123", Map.of(
        "preferred_username", "Hanne.Holm@Kommune.dk", "name", "Hanne Holm",
        "unit", "Vuggestuen Solsikken", "unit_kind", "vuggestue", "roles", List.of("leder", "admin")));
    assertEquals("hanne.holm@kommune.dk", p.username());
    assertEquals("Hanne Holm", p.displayName());
    assertEquals("Vuggestuen Solsikken", p.unit());
    assertEquals(UnitKind.DAYCARE, p.unitKind());
    assertEquals(Optional.of(EnumSet.of(Role.STAFF, Role.LEADER, Role.ADMIN)), p.roles());
  }

  @Test
  void unknownRolesGrantNothingAndStaffIsAlwaysThere() {
    ClaimMapping.SsoPerson p = mapping.map("x", Map.of("roles", "superbruger gud"));
    assertEquals(Optional.of(EnumSet.of(Role.STAFF)), p.roles());
  }

  @Test
  void withoutARoleClaimTheRolesAreLeftAlone() {
    assertTrue(mapping.map("x", Map.of("preferred_username", "ole")).roles().isEmpty());
  }

  @Test
  void aMissingUsernameFallsBackToTheSubject() {
    ClaimMapping.SsoPerson p = mapping.map("AB-99", Map.of("given_name", "Ole", "family_name", "Berg"));
    assertEquals("sso-ab99", p.username());
    assertEquals("Ole Berg", p.displayName());
    assertEquals(UnitKind.ADMINISTRATION, p.unitKind());
  }
}
