package dk.videnportalen.ingest.extraction.protocol;

/**
 * The few descriptive fields the portal uses. Every field may be null: most documents leave some
 * of them out, and an unreadable file leaves all of them out.
 *
 * @param title the document's own title, not its file name
 * @param author creator(s), comma-separated
 * @param created creation time as an ISO-8601 instant, e.g. {@code 2013-02-27T09:14:00Z}
 * @param pages pages of a PDF or text document, slides of a presentation
 * @param language ISO 639-1 code guessed from the text, else the document's declared language
 */
public record DocumentMetadata(
    String title, String author, String created, Integer pages, String language) {

  public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null, null);
}
