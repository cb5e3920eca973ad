package dk.videnportalen.ingest.extraction.worker.preview;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a preview for documents that cannot be rendered as a page: a white sheet on a calm
 * background in the colour of the file's family, with the title (or first line), the opening
 * lines of text and the family's name. Uses the logical font "SansSerif", which every JDK maps
 * to an installed font, and works headless.
 */
final class TextCard {

  static final int HEIGHT = 620;
  private static final int MARGIN = 24;
  private static final int PADDING = 22;
  private static final int SHEET_BOTTOM = HEIGHT - 70;
  private static final Color INK = new Color(0x2B, 0x2F, 0x36);
  private static final Color MUTED_INK = new Color(0x55, 0x5B, 0x66);
  private static final int MAX_TITLE_LINES = 3;
  private static final int SAMPLE_CHARS = 1500;
  private static final int MAX_TITLE_CHARS = 80;

  private TextCard() {}

  static BufferedImage draw(String title, String text, FileKind kind) {
    BufferedImage image =
        new BufferedImage(Pictures.WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(soften(kind.colour()));
      g.fillRect(0, 0, Pictures.WIDTH, HEIGHT);
      g.setColor(Color.WHITE);
      g.fillRoundRect(MARGIN, MARGIN, Pictures.WIDTH - 2 * MARGIN, SHEET_BOTTOM - MARGIN, 14, 14);

      Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, 22);
      Font bodyFont = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
      List<String> paragraphs = displayable(paragraphs(text), bodyFont);
      String heading = title == null ? null : displayable(title, titleFont);
      if (heading == null && !paragraphs.isEmpty()) {
        String first = paragraphs.remove(0);
        heading = firstSentence(first);
        String rest = first.substring(heading.length()).trim();
        if (heading.length() < first.length() && !heading.endsWith("…") && !rest.isEmpty()) {
          paragraphs.add(0, rest);
        } else if (heading.endsWith("…")) {
          paragraphs.add(0, first);
        }
      }
      int left = MARGIN + PADDING;
      int width = Pictures.WIDTH - 2 * (MARGIN + PADDING);
      int y = MARGIN + PADDING;

      g.setFont(titleFont);
      g.setColor(INK);
      y = drawLines(g, wrap(heading == null ? kind.label() : heading, g.getFontMetrics(), width),
          left, y, MAX_TITLE_LINES, SHEET_BOTTOM);
      y += 10;
      g.setColor(kind.colour());
      g.fillRect(left, y, 56, 3);
      y += 16;

      g.setFont(bodyFont);
      g.setColor(MUTED_INK);
      FontMetrics body = g.getFontMetrics();
      for (String paragraph : paragraphs) {
        if (y + body.getHeight() > SHEET_BOTTOM - PADDING) {
          break;
        }
        y = drawLines(g, wrap(paragraph, body, width), left, y, Integer.MAX_VALUE,
            SHEET_BOTTOM - PADDING);
        y += body.getHeight() / 3;
      }

      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
      g.setColor(kind.colour().darker());
      g.drawString(kind.label(), MARGIN + 4, HEIGHT - 28);
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * The opening text as paragraphs with collapsed whitespace. A line that starts in lower case
   * continues the one before (hard-wrapped plain text); other line breaks are kept, since
   * extracted office text has one line per paragraph.
   */
  static List<String> paragraphs(String text) {
    List<String> result = new ArrayList<>();
    if (text == null) {
      return result;
    }
    String opening = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    boolean afterBlank = true;
    for (String line : opening.split("[\\n\\f]")) {
      String collapsed = line.replaceAll("\\s+", " ").trim();
      if (collapsed.isEmpty()) {
        afterBlank = true;
        continue;
      }
      boolean continues = !afterBlank && !result.isEmpty()
          && Character.isLowerCase(collapsed.codePointAt(0));
      if (continues) {
        result.set(result.size() - 1, result.get(result.size() - 1) + " " + collapsed);
      } else {
        result.add(collapsed);
      }
      afterBlank = false;
    }
    return result;
  }

  /**
   * Drops characters the font has no glyph for (without a CJK font, Japanese would be drawn as
   * rows of boxes), and lines that would be left mostly empty.
   */
  private static List<String> displayable(List<String> paragraphs, Font font) {
    List<String> result = new ArrayList<>();
    for (String paragraph : paragraphs) {
      String shown = displayable(paragraph, font);
      if (shown != null) {
        result.add(shown);
      }
    }
    return result;
  }

  private static String displayable(String text, Font font) {
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints().filter(font::canDisplay).forEach(shown::appendCodePoint);
    String result = shown.toString().replaceAll("\\s+", " ").trim();
    return result.length() * 5 < text.length() * 4 || result.isEmpty() ? null : result;
  }

  /** The first sentence if it is short enough for a title, else the opening words and "…". */
  static String firstSentence(String paragraph) {
    int end = paragraph.indexOf(". ");
    if (end > 0 && end < MAX_TITLE_CHARS) {
      return paragraph.substring(0, end + 1);
    }
    if (paragraph.length() <= MAX_TITLE_CHARS) {
      return paragraph;
    }
    int cut = paragraph.lastIndexOf(' ', MAX_TITLE_CHARS);
    return paragraph.substring(0, cut > MAX_TITLE_CHARS / 2 ? cut : MAX_TITLE_CHARS) + " …";
  }

  /** Draws lines from {@code top} down; a cut-off text ends with "…" on its last line. */
  private static int drawLines(Graphics2D g, List<String> lines, int x, int top, int maxLines,
      int bottom) {
    FontMetrics fm = g.getFontMetrics();
    int y = top;
    for (int i = 0; i < lines.size(); i++) {
      boolean lastRoom = i + 1 == maxLines || y + 2 * fm.getHeight() > bottom;
      String line = lines.get(i);
      if (lastRoom && i + 1 < lines.size() && !line.endsWith("…")) {
        line = line + " …";
      }
      g.drawString(line, x, y + fm.getAscent());
      y += fm.getHeight();
      if (lastRoom) {
        break;
      }
    }
    return y;
  }

  /** Greedy word wrap; a word wider than the line is cut. */
  static List<String> wrap(String text, FontMetrics fm, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (fm.stringWidth(candidate) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (fm.stringWidth(rest) > width && rest.length() > 1) {
        int cut = rest.length() - 1;
        while (cut > 1 && fm.stringWidth(rest.substring(0, cut)) > width) {
          cut--;
        }
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The family colour mixed with white: a background, not a shout. */
  private static Color soften(Color c) {
    return new Color((c.getRed() + 2 * 0xE8) / 3, (c.getGreen() + 2 * 0xE8) / 3,
        (c.getBlue() + 2 * 0xE8) / 3);
  }
}
