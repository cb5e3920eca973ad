package dk.videnportalen.ingest.extraction.worker.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a picture for its thumbnail. A small file can declare an enormous canvas (a
 * "pixel flood"), so the size is read from the header first and big pictures are decoded with
 * subsampling: only every n-th pixel ever reaches memory.
 */
final class Thumbnail {

  /** About 4 megapixels decoded at most, a few times the thumbnail's own size. */
  private static final long MAX_DECODED_PIXELS = 4_000_000L;

  private Thumbnail() {}

  static BufferedImage read(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        throw new IOException("Cannot open " + file);
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("No image reader for this picture");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_DECODED_PIXELS));
        if (step > 1) {
          param.setSourceSubsampling(step, step, 0, 0);
        }
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    }
  }
}
