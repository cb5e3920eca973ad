package dk.videnportalen.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void withoutAUrlThePortalUsesAnEmbeddedH2FileInTheDataDir() {
    DatabaseSettings s = DatabaseSettings.of(Optional.empty(), Optional.empty(), Optional.empty(),
        Path.of("/srv/portal/data"));
    assertEquals("jdbc:h2:file:/srv/portal/data/db/videnportalen", s.url());
    assertTrue(s.isH2());
    assertFalse(s.isPostgreSql());
  }

  @Test
  void aBlankUrlCountsAsUnset() {
    DatabaseSettings s = DatabaseSettings.of(Optional.of("  "), Optional.empty(), Optional.empty(),
        Path.of("data"));
    assertTrue(s.isH2());
  }

  @Test
  void aPostgresUrlSelectsPostgresAndItsSchema() {
    DatabaseSettings s = DatabaseSettings.of(
        Optional.of("jdbc:postgresql://db:5432/portal?currentSchema=vp&sslmode=require"),
        Optional.of("portal"), Optional.of("hemmeligt"), Path.of("data"));
    assertTrue(s.isPostgreSql());
    assertEquals(Optional.of("vp"), s.schema());
    assertEquals("portal", s.user());
  }

  @Test
  void logsNeverShowParametersOrPasswords() {
    DatabaseSettings s = DatabaseSettings.of(
        Optional.of("jdbc:postgresql://db/portal?password=hemmeligt"),
        Optional.of("portal"), Optional.of("hemmeligt"), Path.of("data"));
    assertEquals("jdbc:postgresql://db/portal", s.describe());
    assertFalse(s.toString().contains("hemmeligt"));
  }

  @Test
  void migrationsUseTheRightLargeTextType() {
    assertEquals("TEXT", SchemaMigration.placeholders("PostgreSQL").get("text"));
    assertEquals("CHARACTER LARGE OBJECT", SchemaMigration.placeholders("H2").get("text"));
  }
}
