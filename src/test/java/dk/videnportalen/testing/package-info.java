/**
 * Test infrastructure: one real portal (payara-config/run on Payara Micro) shared by all HTTP and
 * browser tests in a run, a small JSON HTTP client, and the PostgreSQL test database.
 */
package dk.videnportalen.testing;
