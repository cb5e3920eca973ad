package dk.videnportalen.search;

import static dk.videnportalen.search.IndexFields.*;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/** Turns a {@link SearchDocument} into the Lucene document described in {@link IndexFields}. */
final class DocumentBuilder {

  /** How much of each file is kept for snippets; the whole text is still searchable. */
  static final int SNIPPET_CHARS_PER_PART = 100_000;
  /** How much body text feeds the spelling vocabulary. */
  static final int SPELL_CHARS = 50_000;

  /**
   * Text stored with offsets in the postings, so snippets need no re-analysis (without them the
   * highlighter re-analyses every hit's text in a MemoryIndex).
   */
  private static final FieldType SNIPPET_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    SNIPPET_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    SNIPPET_TYPE.freeze();
  }

  private final FacetsConfig facets;
  private final java.util.function.UnaryOperator<String> titleKey;

  DocumentBuilder(FacetsConfig facets, java.util.function.UnaryOperator<String> titleKey) {
    this.facets = facets;
    this.titleKey = titleKey;
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(THEME, true);
    return config;
  }

  Document build(SearchDocument d) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, String.valueOf(d.id()), Field.Store.YES));
    doc.add(new StringField(TYPE, d.type().code(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(TYPE, d.type().code()));
    doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
    doc.add(new StringField(TITLE_EXACT, titleKey.apply(d.title()), Field.Store.NO));
    doc.add(new TextField(TITLE_SUGGEST, d.title(), Field.Store.NO));
    if (d.summary() != null && !d.summary().isBlank()) {
      doc.add(new Field(SUMMARY, d.summary(), SNIPPET_TYPE));
    }
    for (String theme : d.themes()) {
      doc.add(new StringField(THEME, theme, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(THEME, theme));
    }
    if (d.audience() != null) {
      doc.add(new StringField(AUDIENCE, d.audience(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(AUDIENCE, d.audience()));
    }
    if (d.community() != null) {
      doc.add(new StringField(COMMUNITY, d.community(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(COMMUNITY, d.community()));
    }
    if (d.date() != null) {
      doc.add(new LongField(DATE, d.date().toEpochDay(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(YEAR, String.valueOf(d.date().getYear())));
    }
    doc.add(new StoredField(URL, d.url()));
    doc.add(new StringField(ACL, d.visibility().token(), Field.Store.YES));
    if (!SearchDocument.Visibility.PUBLIC.equals(d.visibility())) {
      doc.add(new StringField(RESTRICTED, "yes", Field.Store.NO));
    }

    StringBuilder body = new StringBuilder();
    StringBuilder snippet = new StringBuilder();
    append(body, snippet, d.text());
    doc.add(new StoredField(FILE_IDS, 0L));
    doc.add(new StoredField(FILE_PREVIEWS, ""));
    for (SearchDocument.FileText f : d.files()) {
      body.append(FILE_SEPARATOR);
      snippet.append(FILE_SEPARATOR);
      append(body, snippet, f.text());
      doc.add(new StoredField(FILE_IDS, f.fileId()));
      doc.add(new StoredField(FILE_PREVIEWS, f.preview() == null ? "" : f.preview()));
    }
    WeightedWords words = new WeightedWords();
    addToBody(doc, words, d.title(), WeightedWords.TITLE);
    addToBody(doc, words, String.join(". ", d.themeNames()), WeightedWords.THEMES);
    addToBody(doc, words, d.summary(), WeightedWords.THEMES);
    addToBody(doc, words, body.toString(), WeightedWords.BODY);
    doc.add(words.field()); // after the body values: it is filled as they are indexed
    doc.add(new Field(BODY_SNIPPET, snippet.toString(), SNIPPET_TYPE));
    String spell = d.title() + "\n" + (d.summary() == null ? "" : d.summary()) + "\n"
        + String.join("\n", d.themeNames()) + "\n"
        + body.substring(0, Math.min(body.length(), SPELL_CHARS));
    doc.add(new TextField(SPELL, spell, Field.Store.NO));
    return facets.build(doc);
  }

  private static void addToBody(Document doc, WeightedWords words, String text, int weight) {
    if (text != null && !text.isBlank()) {
      doc.add(words.countedValueOf(BODY, text, weight));
    }
  }

  private static void append(StringBuilder body, StringBuilder snippet, String text) {
    if (text == null) {
      return;
    }
    String clean = text.replace(FILE_SEPARATOR, ' ');
    body.append(clean);
    snippet.append(clean, 0, Math.min(clean.length(), SNIPPET_CHARS_PER_PART));
  }
}
