package dk.videnportalen.ingest.extraction.worker.preview;

import java.awt.Color;
import java.util.Map;

/**
 * The families of files a preview distinguishes, each with a Danish label and a calm colour for
 * its text card, and the extension LibreOffice needs for the formats it can convert.
 */
enum FileKind {
  PDF("PDF", new Color(0xB5, 0x4A, 0x3F)),
  TEXT_DOCUMENT("Tekstdokument", new Color(0x3B, 0x6E, 0xA8)),
  SPREADSHEET("Regneark", new Color(0x3F, 0x86, 0x5A)),
  PRESENTATION("Præsentation", new Color(0xC0, 0x73, 0x2F)),
  MAIL("E-mail", new Color(0x6D, 0x5A, 0x9C)),
  WEB_PAGE("Webside", new Color(0x2F, 0x83, 0x86)),
  ARCHIVE("Arkiv", new Color(0x7A, 0x6A, 0x58)),
  PICTURE("Billede", new Color(0x5F, 0x6B, 0x7A)),
  PLAIN_TEXT("Tekst", new Color(0x4F, 0x63, 0x78)),
  OTHER("Dokument", new Color(0x5A, 0x64, 0x70));

  /** Formats LibreOffice renders better than a text card, by media type, with its extension. */
  private static final Map<String, String> OFFICE_EXTENSIONS = Map.ofEntries(
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
      Map.entry("application/msword", "doc"),
      Map.entry("application/vnd.oasis.opendocument.text", "odt"),
      Map.entry("application/rtf", "rtf"),
      Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "pptx"),
      Map.entry("application/vnd.ms-powerpoint", "ppt"),
      Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
      Map.entry("application/vnd.ms-excel", "xls"),
      Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"));

  private final String label;
  private final Color colour;

  FileKind(String label, Color colour) {
    this.label = label;
    this.colour = colour;
  }

  String label() {
    return label;
  }

  Color colour() {
    return colour;
  }

  /** The extension LibreOffice should see for this media type, or null if it is not office. */
  static String officeExtension(String mediaType) {
    return OFFICE_EXTENSIONS.get(mediaType);
  }

  static FileKind of(String mediaType) {
    String t = mediaType == null ? "" : mediaType;
    if (t.equals("application/pdf")) {
      return PDF;
    }
    if (t.startsWith("image/")) {
      return PICTURE;
    }
    if (t.contains("wordprocessingml") || t.equals("application/msword")
        || t.contains("opendocument.text") || t.equals("application/rtf")) {
      return TEXT_DOCUMENT;
    }
    if (t.contains("spreadsheet") || t.equals("application/vnd.ms-excel")
        || t.equals("text/csv")) {
      return SPREADSHEET;
    }
    if (t.contains("presentation") || t.equals("application/vnd.ms-powerpoint")) {
      return PRESENTATION;
    }
    if (t.startsWith("message/") || t.equals("application/mbox")
        || t.equals("application/vnd.ms-outlook")) {
      return MAIL;
    }
    if (t.equals("text/html") || t.equals("application/xhtml+xml")
        || t.equals("multipart/related")) {
      return WEB_PAGE;
    }
    if (t.equals("application/zip") || t.contains("tar") || t.contains("compressed")
        || t.contains("gzip") || t.contains("bzip") || t.equals("application/x-xz")) {
      return ARCHIVE;
    }
    if (t.startsWith("text/")) {
      return PLAIN_TEXT;
    }
    return OTHER;
  }
}
