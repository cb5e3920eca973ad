/**
 * The extraction worker: a separate JVM the portal starts, feeds one file at a time over stdin
 * and kills when it hangs or runs out of memory. Only this package (and {@code protocol}) may use
 * Tika, PDFBox and Java2D; it is left out of the WAR's classes and shipped in
 * {@code WEB-INF/extractor.zip} instead.
 */
package dk.videnportalen.ingest.extraction.worker;
