package dk.videnportalen.search;

import dk.videnportalen.platform.Texts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Finds each hit's best passage and where it is. Passages come from the stored snippet field,
 * whose file and page separators tell which file and page a passage lies on.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  static final int MAX_CHARS = 2_000_000;

  /** A passage as HTML with its position in the item. */
  record Snippet(String html, int fileIndex, Integer page) {}

  private final Map<Integer, Document> documents;

  private SnippetHighlighter(Builder builder, Map<Integer, Document> documents) {
    super(builder);
    this.documents = documents;
  }

  /**
   * A highlighter for one page of hits whose stored fields were read already, by doc id: it
   * takes the text from them instead of reading (and decompressing) each hit a second time.
   */
  static SnippetHighlighter create(IndexSearcher searcher, Analyzer analyzer,
      Map<Integer, Document> documents) {
    return new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new Formatter())
        .withScorer(new PassageScore())
        .withMaxLength(MAX_CHARS)
        .withMaxNoHighlightPassages(0)
        // Offsets of the query's terms rather than Weight.matches over the whole query: the
        // portal's query (every word over four fields, minimum-should-match) made matches()
        // the larger part of the snippet time.
        .withWeightMatches(false), documents);
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs,
      int cacheCharsThreshold) throws IOException {
    // The threshold caps how much text the default reads ahead; here it is all in memory already.
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      Document document = documents.get(doc);
      CharSequence[] perField = new CharSequence[fields.length];
      for (int i = 0; i < fields.length; i++) {
        String value = document == null ? null : document.get(fields[i]);
        perField[i] = value == null || value.length() <= MAX_CHARS ? value
            : value.substring(0, MAX_CHARS);
      }
      values.add(perField);
    }
    return values;
  }

  /**
   * Which query fields' terms count for a highlighted field. Neither the snippet field nor the
   * summary is queried itself: plain words are queried in the words field and phrases in the
   * body, all analysed alike. Leaving out the title and keyword clauses keeps their phrases and
   * terms from being looked up in every hit's text for nothing.
   */
  @Override
  protected java.util.function.Predicate<String> getFieldMatcher(String field) {
    if (IndexFields.BODY_SNIPPET.equals(field) || IndexFields.SUMMARY.equals(field)) {
      return queried -> IndexFields.WORDS.equals(queried) || IndexFields.BODY.equals(queried)
          || field.equals(queried);
    }
    return field::equals;
  }

  /**
   * The best passage of each field for each document (null where nothing matched), from the
   * stored fields given when the highlighter was made.
   */
  Map<String, Snippet[]> best(Query query, int[] docIds, String... fields) throws IOException {
    int[] one = new int[fields.length];
    java.util.Arrays.fill(one, 1);
    Map<String, Object[]> found = highlightFieldsAsObjects(fields, query, docIds, one);
    Map<String, Snippet[]> out = new java.util.HashMap<>();
    for (String field : fields) {
      Object[] values = found.get(field);
      Snippet[] snippets = new Snippet[docIds.length];
      for (int i = 0; i < docIds.length; i++) {
        snippets[i] = values == null ? null : (Snippet) values[i];
      }
      out.put(field, snippets);
    }
    return out;
  }

  /** Characters of a summary shown where no passage matched (a browsed or title-only hit). */
  static final int OPENING_CHARS = 240;

  /**
   * The start of an item's summary as a snippet without marks, for hits that have no matching
   * passage; cut at a word boundary. Null for an empty summary.
   */
  static Snippet opening(String summary) {
    if (summary == null || summary.isBlank()) {
      return null;
    }
    return new Snippet(escapeText(Texts.openingAtWord(summary.strip(), OPENING_CHARS)), 0, null);
  }

  /** Plain text as HTML (null stays null). */
  static String escapeText(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    Formatter.escape(text, 0, text.length(), out);
    return out.toString();
  }

  /**
   * HTML-escapes the passage, marks matches, and locates it by counting separators. A passage
   * longer than {@link #MAX_PASSAGE_CHARS} is cut to a window around its first match.
   */
  static final class Formatter extends PassageFormatter {

    /**
     * The longest passage shown. Passages are sentences, and the text of slides, bullet lists
     * and tables has few full stops: a "sentence" there ran to over a thousand characters and
     * filled a phone's screen with one result.
     */
    static final int MAX_PASSAGE_CHARS = 220;

    /** How much of a cut passage is shown before its first match. */
    static final int LEAD_CHARS = 60;

    @Override
    public Object format(Passage[] passages, String content) {
      if (passages.length == 0) {
        return null;
      }
      Passage p = passages[0];
      int anchor = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : p.getStartOffset();
      // A passage may run across a file boundary; keep it to the file of its first match.
      int whole = Math.max(p.getStartOffset(),
          content.lastIndexOf(IndexFields.FILE_SEPARATOR, anchor) + 1);
      int next = content.indexOf(IndexFields.FILE_SEPARATOR, anchor);
      int wholeEnd = next < 0 ? p.getEndOffset() : Math.min(p.getEndOffset(), next);
      int[] window = window(content, whole, wholeEnd, anchor);
      int from = window[0];
      int to = window[1];
      StringBuilder html = new StringBuilder();
      int pos = from;
      for (int i = 0; i < p.getNumMatches(); i++) {
        int start = p.getMatchStarts()[i];
        int end = p.getMatchEnds()[i];
        if (start < pos || end > to) {
          continue;
        }
        escape(content, pos, start, html);
        html.append("<mark>");
        escape(content, start, end, html);
        html.append("</mark>");
        pos = end;
      }
      escape(content, pos, to, html);
      String shown = html.toString().strip().replaceAll(" {2,}", " ");
      return locate((from > whole ? "… " : "") + shown + (to < wholeEnd ? " …" : ""), content,
          anchor);
    }

    /**
     * The part of {@code [from, to)} to show: all of it when it is short enough, else at most
     * {@link #MAX_PASSAGE_CHARS} starting a little before {@code anchor}, both ends moved to
     * a space so that no word is cut.
     */
    static int[] window(String content, int from, int to, int anchor) {
      if (to - from <= MAX_PASSAGE_CHARS) {
        return new int[] {from, to};
      }
      int start = Math.max(from, anchor - LEAD_CHARS);
      if (start > from) {
        int word = start;
        while (word < anchor && !Character.isWhitespace(content.charAt(word - 1))) {
          word++;
        }
        start = word;
      }
      int end = Math.min(to, start + MAX_PASSAGE_CHARS);
      if (end < to) {
        int word = end;
        int floor = Math.max(anchor + 1, start + MAX_PASSAGE_CHARS / 2);
        while (word > floor && !Character.isWhitespace(content.charAt(word))) {
          word--;
        }
        end = word > floor ? word : end;
      }
      return new int[] {start, end};
    }

    /**
     * Which file and page {@code offset} lies on. Jumps from separator to separator with
     * indexOf: the text of a long deck runs to 100,000 characters per file, and a character
     * loop over it was a fifth of a search page's time.
     */
    static Snippet locate(String html, String content, int offset) {
      int end = Math.min(offset, content.length());
      int fileIndex = 0;
      int fileStart = 0;
      for (int sep = content.indexOf(IndexFields.FILE_SEPARATOR);
          sep >= 0 && sep < end; sep = content.indexOf(IndexFields.FILE_SEPARATOR, sep + 1)) {
        fileIndex++;
        fileStart = sep + 1;
      }
      int fileEnd = content.indexOf(IndexFields.FILE_SEPARATOR, fileStart);
      if (fileEnd < 0) {
        fileEnd = content.length();
      }
      int firstPageBreak = content.indexOf('\f', fileStart);
      if (firstPageBreak < 0 || firstPageBreak >= fileEnd) {
        return new Snippet(html, fileIndex, null);
      }
      int pageNo = 1;
      for (int ff = firstPageBreak; ff >= 0 && ff < end; ff = content.indexOf('\f', ff + 1)) {
        pageNo++;
      }
      return new Snippet(html, fileIndex, pageNo);
    }

    static void escape(String s, int from, int to, StringBuilder out) {
      for (int i = from; i < to && i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '&' -> out.append("&amp;");
          case '"' -> out.append("&quot;");
          case '\'' -> out.append("&#39;");
          case '\f', IndexFields.FILE_SEPARATOR, '\n', '\r', '\t' -> out.append(' ');
          default -> out.append(c);
        }
      }
    }
  }
}
