package dk.videnportalen.catalog.web;

import dk.videnportalen.catalog.AttachmentService;
import dk.videnportalen.catalog.AttachmentService.StoredVersion;
import dk.videnportalen.catalog.ItemPages;
import dk.videnportalen.catalog.ItemPages.ItemLink;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.platform.NotFound;
import dk.videnportalen.platform.web.Pages;
import dk.videnportalen.search.WordMarks;
import dk.videnportalen.search.WordMarks.Run;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The text of one file to read in the browser, {@code /tekst/{fileId}}: page by page (slide by
 * slide), so that a search hit on page 7 can lead straight to it with {@code ?side=7#side-7};
 * {@code &q=} marks the searched words.
 * Programs keep the plain text at {@code /api/files/{id}/text}.
 */
@Named
@RequestScoped
public class FileTextPage {

  /** Two or more empty (or blank) lines after a line; each repetition starts at a newline. */
  private static final Pattern BLANK_LINES = Pattern.compile("\\n(?:[ \\t\\r\\u00A0]*\\n){2,}");

  @Inject AttachmentService attachments;
  @Inject ItemPages items;
  @Inject Guard guard;
  @Inject WordMarks marks;

  /** One page (or slide) of the text, numbered as in the file. */
  public record TextPage(int number, String text) {}

  private String id;
  private String side;
  private String q;
  private StoredVersion file;
  private ItemLink item;
  private List<TextPage> pages = List.of();
  private WordMarks.Marker marker;

  @PostConstruct
  void readParameters() {
    id = Pages.pathSegment();
    side = Pages.param("side");
    q = Pages.param("q");
  }

  /** f:viewAction: loads the file's text, or answers 404 (also for a draft story's file). */
  public void load() {
    OptionalLong key = Pages.id(id);
    if (key.isEmpty()) {
      Pages.notFound();
      return;
    }
    boolean drafts = guard.may(Action.READ_DRAFTS);
    try {
      file = attachments.find(key.getAsLong(), null, drafts);
      pages = pages(attachments.text(key.getAsLong(), null, drafts));
    } catch (NotFound e) {
      file = null;
      Pages.notFound();
      return;
    }
    item = items.linkOf(file.itemId()).orElse(null);
  }

  /**
   * The text split at its form feeds, which extraction puts between pages; numbered from 1 in
   * the same way as a search hit's page. A form feed at the very end leaves no page of its own,
   * and runs of empty lines become one.
   */
  static List<TextPage> pages(String text) {
    String[] parts = text.split("\f", -1);
    int count = parts.length;
    while (count > 1 && parts[count - 1].isBlank()) {
      count--;
    }
    List<TextPage> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      // Slides and forms leave runs of empty lines where pictures and boxes were.
      out.add(new TextPage(i + 1, BLANK_LINES.matcher(parts[i].strip()).replaceAll("\n\n")));
    }
    return out;
  }

  public StoredVersion getFile() {
    return file;
  }

  /** The package or story the file belongs to; null if it could not be found. */
  public ItemLink getItem() {
    return item;
  }

  public List<TextPage> getPages() {
    return pages;
  }

  /** A page's text with the words of the search that led here ({@code ?q=}) marked. */
  public List<Run> runs(TextPage page) {
    if (marker == null) {
      marker = marks.forQuery(q); // the query is analysed once for all pages
    }
    return marker.in(page.text());
  }

  /** Whether the file has pages or slides, so that each gets its own heading. */
  public boolean isPaged() {
    return pages.size() > 1;
  }

  public boolean isTextless() {
    return pages.stream().allMatch(p -> p.text().isEmpty());
  }

  public boolean isPresentation() {
    return file != null && PackagePage.isPresentation(file.mediaType());
  }

  /** The page or slide a search hit pointed at, or 0. */
  public int getFoundPage() {
    return Pages.number(side, 0, 100_000);
  }
}
