/**
 * First-page previews, rendered in the worker: PDF pages with PDFBox, office documents through
 * LibreOffice when it is installed, thumbnails of pictures, and a drawn "text card" for everything
 * else that has text. Headless Java2D only.
 */
package dk.videnportalen.ingest.extraction.worker.preview;
