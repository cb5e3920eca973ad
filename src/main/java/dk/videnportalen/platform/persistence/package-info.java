/**
 * The portal's single datasource, schema migrations (Flyway) and the JPA setup. EclipseLink
 * never generates DDL: the schema is exactly what {@code db/migration} says, on H2 and PostgreSQL.
 */
package dk.videnportalen.platform.persistence;
