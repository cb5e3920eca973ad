package dk.videnportalen.platform.persistence;

/**
 * Fired once per boot after Flyway has brought the schema up to date. Work that needs the
 * database at start-up (first admin account, content import, index check) observes this instead
 * of the container's start-up event, so it never runs against an unmigrated schema.
 */
public record SchemaMigrated(String version) {}
