/** MicroProfile Health checks: ready means the schema is migrated (and, later, the index is open). */
package dk.videnportalen.platform.health;
