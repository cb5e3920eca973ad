package dk.videnportalen.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real PDF and DOCX files made from Danish text, for the ingest benchmark's generated set: the
 * PDF through PDFBox (Helvetica's WinAnsi encoding covers æ, ø and å), the DOCX through POI,
 * both with their text in paragraphs and, for the PDF, over as many pages as it needs.
 */
final class GeneratedDocuments {

  private static final int LINE_CHARS = 95;
  private static final int LINES_PER_PAGE = 52;

  private GeneratedDocuments() {}

  static byte[] pdf(byte[] utf8) throws IOException {
    List<String> lines = lines(new String(utf8, StandardCharsets.UTF_8));
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int from = 0; from < lines.size(); from += LINES_PER_PAGE) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
          text.beginText();
          text.setFont(font, 10);
          text.setLeading(13);
          text.newLineAtOffset(50, 740);
          for (String line : lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE))) {
            text.showText(line);
            text.newLine();
          }
          text.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] docx(byte[] utf8) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String paragraph : new String(utf8, StandardCharsets.UTF_8).split("\n")) {
        if (!paragraph.isBlank()) {
          doc.createParagraph().createRun().setText(paragraph.strip());
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** The text wrapped into lines Helvetica can draw (characters outside Latin-1 dropped). */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.replaceAll("[^\\x20-\\x7e\\xa0-\\xff]", " ").split("\\s+")) {
        if (line.length() + word.length() + 1 > LINE_CHARS && line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() == 0 ? "" : " ").append(word);
      }
      if (line.length() > 0) {
        lines.add(line.toString());
      }
    }
    return lines.isEmpty() ? List.of(" ") : lines;
  }
}
