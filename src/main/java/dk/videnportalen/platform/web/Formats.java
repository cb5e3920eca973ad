package dk.videnportalen.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * Dates, numbers and file sizes in the visitor's language: "22. november 2026", "1.234",
 * "1,5 MB" in Danish. Used from the pages as {@code #{fmt.date(x)}}.
 */
@Named("fmt")
@RequestScoped
public class Formats {

  public static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Copenhagen");

  private static final Map<String, String> KINDS = Map.ofEntries(
      Map.entry("application/pdf", "PDF"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
      Map.entry("application/msword", "Word"),
      Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint"),
      Map.entry("application/vnd.ms-powerpoint", "PowerPoint"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
      Map.entry("application/vnd.ms-excel", "Excel"),
      Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
      Map.entry("application/vnd.oasis.opendocument.presentation", "ODP"),
      Map.entry("text/plain", "TXT"),
      Map.entry("text/markdown", "Markdown"),
      Map.entry("text/html", "HTML"),
      Map.entry("application/zip", "ZIP"));

  private static final String UNKNOWN = "application/octet-stream";

  private Locale locale;

  Locale locale() {
    if (locale == null) {
      FacesContext context = FacesContext.getCurrentInstance();
      locale = context != null && context.getViewRoot() != null
          ? context.getViewRoot().getLocale() : Locale.forLanguageTag("da");
    }
    return locale;
  }

  /** A LocalDate or OffsetDateTime as a long local date; empty for null. */
  public String date(Object value) {
    LocalDate day;
    if (value instanceof LocalDate d) {
      day = d;
    } else if (value instanceof OffsetDateTime t) {
      day = t.atZoneSameInstant(PORTAL_ZONE).toLocalDate();
    } else {
      return "";
    }
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()));
  }

  /** ISO date for the datetime attribute of {@code <time>}. */
  public String isoDate(Object value) {
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof OffsetDateTime t) {
      return t.atZoneSameInstant(PORTAL_ZONE).toLocalDate().toString();
    }
    return "";
  }

  public String number(long value) {
    return NumberFormat.getIntegerInstance(locale()).format(value);
  }

  /** Bytes as B, kB, MB or GB with one decimal where it helps. */
  public String size(long bytes) {
    if (bytes < 1000) {
      return number(bytes) + " B";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double v = bytes;
    int unit = -1;
    while (v >= 1000 && unit < units.length - 1) {
      v /= 1000;
      unit++;
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale());
    f.setMaximumFractionDigits(v < 10 ? 1 : 0);
    return f.format(v) + " " + units[unit];
  }

  /** A short name for a file format ("PDF", "Word"), from its media type. */
  public String kind(String mediaType) {
    if (mediaType == null) {
      return "";
    }
    String base = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (UNKNOWN.equals(base)) {
      // What detection answers when it cannot tell; "OCTET-STREAM" means nothing to a reader.
      return Pages.text("file.kind.unknown", "Ukendt filtype");
    }
    String known = KINDS.get(base);
    if (known != null) {
      return known;
    }
    if (base.startsWith("image/")) {
      return base.substring(6).toUpperCase(Locale.ROOT);
    }
    int slash = base.lastIndexOf('/');
    return slash < 0 ? base : base.substring(slash + 1).toUpperCase(Locale.ROOT);
  }
}
