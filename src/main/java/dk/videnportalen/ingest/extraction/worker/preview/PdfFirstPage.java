package dk.videnportalen.ingest.extraction.worker.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders page 1 of a PDF with PDFBox at the scale that makes it {@link Pictures#WIDTH} wide.
 * Buffers go to temp files rather than the heap, and large embedded images may be subsampled,
 * since only a small picture is wanted.
 */
final class PdfFirstPage {

  private PdfFirstPage() {}

  static BufferedImage render(Path pdf) throws IOException {
    try (PDDocument document =
        Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      if (document.getNumberOfPages() == 0) {
        throw new IOException("The PDF has no pages");
      }
      PDPage page = document.getPage(0);
      PDRectangle box = page.getCropBox();
      boolean sideways = page.getRotation() % 180 != 0;
      float width = sideways ? box.getHeight() : box.getWidth();
      float height = sideways ? box.getWidth() : box.getHeight();
      if (width < 1 || height < 1) {
        throw new IOException("Page 1 has no area");
      }
      float scale = Math.min(Pictures.WIDTH / width, Pictures.MAX_HEIGHT / height);
      PDFRenderer renderer = new PDFRenderer(document);
      renderer.setSubsamplingAllowed(true);
      return renderer.renderImage(0, scale, ImageType.RGB);
    }
  }
}
