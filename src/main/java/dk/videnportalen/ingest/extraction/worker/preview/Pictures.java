package dk.videnportalen.ingest.extraction.worker.preview;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Scaling and PNG encoding shared by all previews. */
final class Pictures {

  /** Previews are about this wide; the portal shows them as cards. */
  static final int WIDTH = 480;
  /** A very tall page would make a very tall preview; beyond this the height decides. */
  static final int MAX_HEIGHT = WIDTH * 3;

  private Pictures() {}

  /**
   * Scales down (never up) to {@link #WIDTH} wide, or less if the picture is very tall. Halves in
   * steps first, because a single bilinear step from a large picture drops most of its pixels and
   * looks grainy.
   */
  static BufferedImage fit(BufferedImage source) {
    double scale = Math.min(1.0, Math.min((double) WIDTH / source.getWidth(),
        (double) MAX_HEIGHT / source.getHeight()));
    int targetWidth = Math.max(1, (int) Math.round(source.getWidth() * scale));
    int targetHeight = Math.max(1, (int) Math.round(source.getHeight() * scale));
    BufferedImage current = toRgb(source);
    while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
      current = resize(current, current.getWidth() / 2, current.getHeight() / 2);
    }
    if (current.getWidth() != targetWidth || current.getHeight() != targetHeight) {
      current = resize(current, targetWidth, targetHeight);
    }
    return current;
  }

  static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("No PNG writer");
    }
    return out.toByteArray();
  }

  private static BufferedImage toRgb(BufferedImage source) {
    if (source.getType() == BufferedImage.TYPE_INT_RGB) {
      return source;
    }
    // Transparent and indexed pictures are flattened onto white, as a page would show them.
    return resize(source, source.getWidth(), source.getHeight());
  }

  private static BufferedImage resize(BufferedImage source, int width, int height) {
    BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
          RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return target;
  }
}
