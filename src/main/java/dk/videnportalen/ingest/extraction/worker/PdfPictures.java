package dk.videnportalen.ingest.extraction.worker;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Tells a scanned PDF from a blank one when neither has text, so the user learns that the pages
 * are pictures (and OCR would be needed) rather than that the document is empty.
 */
final class PdfPictures {

  private static final int MAX_PAGES_CHECKED = 20;

  private PdfPictures() {}

  static boolean hasImages(Path pdf) {
    try (PDDocument document =
        Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      int checked = 0;
      for (PDPage page : document.getPages()) {
        if (checked++ == MAX_PAGES_CHECKED) {
          break;
        }
        PDResources resources = page.getResources();
        if (resources == null) {
          continue;
        }
        for (COSName name : resources.getXObjectNames()) {
          if (resources.isImageXObject(name)) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
