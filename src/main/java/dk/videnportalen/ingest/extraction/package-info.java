/**
 * Text extraction as the rest of the portal sees it: {@link TextExtractor} turns a stored file
 * into an {@code ExtractionResult}. The work happens in separate worker JVMs
 * ({@link ForkedTextExtractor}), so a hostile file can hang or exhaust only a worker, which is then
 * killed and replaced. No class here touches Tika.
 */
package dk.videnportalen.ingest.extraction;
