package dk.videnportalen.ingest.extraction.worker.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Makes the first-page PNG for a document: PDFs rendered by PDFBox; office documents converted
 * by LibreOffice and then rendered, when LibreOffice is configured and installed; thumbnails for
 * PNG, JPEG and GIF pictures; a text card for anything else with text. A preview is a nicety:
 * any failure yields null and never touches the extraction result.
 */
public final class PreviewMaker {

  private static final Logger LOG = Logger.getLogger(PreviewMaker.class.getName());
  private static final Set<String> THUMBNAIL_TYPES = Set.of("image/png", "image/jpeg",
      "image/gif", "image/bmp", "image/x-ms-bmp");
  /** LibreOffice gets at most this long per document. */
  static final Duration OFFICE_TIMEOUT = Duration.ofSeconds(30);

  private final OfficeConverter office;
  private final Path workDir;

  /**
   * @param libreOffice command that starts LibreOffice; blank disables office rendering
   * @param workDir a directory private to this worker for scratch files and LibreOffice's profile
   */
  public PreviewMaker(String libreOffice, Path workDir) {
    this.office = libreOffice == null || libreOffice.isBlank() ? null
        : new OfficeConverter(libreOffice.trim(), workDir);
    this.workDir = workDir;
  }

  /**
   * Returns PNG bytes, or null.
   *
   * @param budget time left for this file; LibreOffice gets at most this, and at most 30 s
   */
  public byte[] make(PreviewSource source, Duration budget) {
    try {
      BufferedImage image = render(source, budget);
      return image == null ? null : Pictures.png(Pictures.fit(image));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "No preview for " + source.mediaType(), e);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private BufferedImage render(PreviewSource source, Duration budget)
      throws IOException, InterruptedException {
    String type = source.mediaType();
    if ("application/pdf".equals(type)) {
      return PdfFirstPage.render(source.file());
    }
    if (THUMBNAIL_TYPES.contains(type)) {
      return Thumbnail.read(source.file());
    }
    String extension = FileKind.officeExtension(type);
    if (extension != null && office != null && office.available()) {
      BufferedImage page = renderThroughLibreOffice(source.file(), extension, budget);
      if (page != null) {
        return page;
      }
    }
    return source.hasText()
        ? TextCard.draw(source.title(), source.textSample(), FileKind.of(type))
        : null;
  }

  private BufferedImage renderThroughLibreOffice(Path file, String extension, Duration budget)
      throws IOException, InterruptedException {
    Duration timeout = budget.compareTo(OFFICE_TIMEOUT) < 0 ? budget : OFFICE_TIMEOUT;
    if (timeout.toMillis() < 1000) {
      return null;
    }
    Path scratch = Files.createTempDirectory(workDir, "convert-");
    try {
      Path pdf = office.toPdf(file, extension, scratch, timeout);
      return pdf == null ? null : PdfFirstPage.render(pdf);
    } finally {
      deleteTree(scratch);
    }
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.FINE, "Could not clean up " + dir, e);
    }
  }
}
