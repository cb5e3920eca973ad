package dk.videnportalen.search;

/**
 * Field names of the Lucene index, in one place. Text fields are analysed for Danish; the
 * "_exact" and "_spell" fields are lightly normalised only; facet dimensions use doc values.
 */
public final class IndexFields {

  /** Bumped whenever fields or analysis change: an index with another version is rebuilt. */
  public static final String INDEX_VERSION = "4";

  /** Unique key "id": the item id as a string (StringField, stored). */
  public static final String ID = "id";
  /** Item type code (StringField, stored; also facet dimension). */
  public static final String TYPE = "type";
  public static final String TITLE = "title";
  /** The whole title as one normalised key, for "exact title first". */
  public static final String TITLE_EXACT = "title_exact";
  public static final String SUMMARY = "summary";
  /**
   * Every word of the item with its positions, for phrases: title, theme names, summary, story
   * sections and files' text, each a value of its own (a phrase does not run from one into the
   * next); indexed, not stored.
   */
  public static final String BODY = "body";
  /**
   * Every word of the item once, with a weighted frequency: a word counts
   * {@link WeightedWords#TITLE} times per occurrence in the title, {@link WeightedWords#THEMES} in
   * theme names and summary, once in the body (BM25F, computed when indexing). Plain words are
   * matched and scored here: one postings list per word, where matching each field separately
   * walked four.
   */
  public static final String WORDS = "words";
  /**
   * The beginning of the body, stored with offsets, for snippets. Files are separated by
   * {@link #FILE_SEPARATOR}, pages by form feeds, so a snippet's offset tells its file and page.
   */
  public static final String BODY_SNIPPET = "body_hl";
  /** Ids of the files in {@link #BODY_SNIPPET}, in order (stored). */
  public static final String FILE_IDS = "file_ids";
  /** Preview image addresses of the same files, aligned with {@link #FILE_IDS}; "" for none. */
  public static final String FILE_PREVIEWS = "file_previews";
  /** Lower-cased, unstemmed words: vocabulary for did-you-mean and suggestions. */
  public static final String SPELL = "spell";
  /** Title prefixes for suggestions as you type. */
  public static final String TITLE_SUGGEST = "title_suggest";
  public static final String THEME = "theme";
  public static final String AUDIENCE = "audience";
  public static final String COMMUNITY = "community";
  public static final String YEAR = "year";
  /** Epoch day of the item's date, for "newest first". */
  public static final String DATE = "date";
  public static final String URL = "url";
  /** Visibility tokens ("public", "editors", "community:7"). */
  public static final String ACL = "acl";
  /**
   * "yes" on every item that is not public. Searches exclude the restricted items the caller may
   * not see, rather than filter on the tokens it may: drafts and community posts are few, so
   * the exclusion is cheap where a filter matching nearly every item was checked on every hit.
   */
  public static final String RESTRICTED = "restricted";

  public static final char FILE_SEPARATOR = '\u001C';

  private IndexFields() {}
}
