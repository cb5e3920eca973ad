/**
 * What the portal and the extraction worker JVM share: the result types and the small binary
 * protocol on the worker's stdin/stdout. Pure JDK, because these classes live on both sides: in
 * the WAR and in the worker's own jar.
 */
package dk.videnportalen.ingest.extraction.protocol;
