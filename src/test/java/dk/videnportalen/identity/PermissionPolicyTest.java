package dk.videnportalen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionPolicyTest {

  @Test
  void everyoneMayReadWhatIsPublished() {
    assertTrue(PermissionPolicy.allows(Set.of(), Action.READ_PUBLISHED));
  }

  @Test
  void anonymousCallersMayDoNothingElse() {
    for (Action a : Action.values()) {
      if (a != Action.READ_PUBLISHED) {
        assertFalse(PermissionPolicy.allows(Set.of(), a), a.name());
      }
    }
  }

  @Test
  void editorsCurateButDoNotAdminister() {
    Set<Role> editor = EnumSet.of(Role.STAFF, Role.EDITOR);
    assertTrue(PermissionPolicy.allows(editor, Action.CREATE_PACKAGE));
    assertTrue(PermissionPolicy.allows(editor, Action.PUBLISH_STORY));
    assertTrue(PermissionPolicy.allows(editor, Action.MANAGE_SYNONYMS));
    assertFalse(PermissionPolicy.allows(editor, Action.ADMINISTER_USERS));
    assertFalse(PermissionPolicy.allows(editor, Action.REBUILD_INDEX));
  }

  @Test
  void staffAndLeadersOnlyRead() {
    assertFalse(PermissionPolicy.allows(EnumSet.of(Role.STAFF, Role.LEADER), Action.CREATE_PACKAGE));
  }

  @Test
  void theReadmeShowsTheMatrixAsTheCodeHasIt() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(
        dk.videnportalen.testing.TestSettings.projectDir().resolve("README.md"));
    assertTrue(readme.contains(PermissionPolicy.markdownTable()),
        "README.md must contain this table:\n" + PermissionPolicy.markdownTable());
  }

  @Test
  void basicCredentialsAreDecodedStrictly() {
    String token = java.util.Base64.getEncoder().encodeToString("åse:kode:med:kolon".getBytes());
    String[] parts = PortalAuthenticationMechanism.decode(token);
    assertEquals("åse", parts[0]);
    assertEquals("kode:med:kolon", parts[1]);
    assertEquals(null, PortalAuthenticationMechanism.decode("%%%"));
    assertEquals(null, PortalAuthenticationMechanism.decode(
        java.util.Base64.getEncoder().encodeToString("no-colon".getBytes())));
  }
}
