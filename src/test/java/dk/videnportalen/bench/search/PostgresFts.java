package dk.videnportalen.bench.search;

import dk.videnportalen.search.SearchRequest;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * What a team might pick instead of Lucene: PostgreSQL full-text search with the built-in
 * 'danish' configuration (Snowball stemmer and stopwords) over the same texts. Title weighted A,
 * summary and theme names B, body D (like the portal's boosts); a stored generated tsvector with
 * a GIN index; {@code websearch_to_tsquery} (quotes and - work as in the portal), ranked by
 * {@code ts_rank}, top 10, with the same type/theme/audience filters as columns. Lives in its own
 * schema, created and dropped by the benchmark.
 */
final class PostgresFts implements AutoCloseable {

  private final Connection db;
  private final String schema;
  private final StringBuilder batch = new StringBuilder(1 << 20);
  private int batched;
  private PreparedStatement query;

  PostgresFts(String url, String user, String schema) throws SQLException {
    this.db = DriverManager.getConnection(url, user, "");
    this.schema = schema;
    recreate(db, schema);
    try (Statement s = db.createStatement()) {
      s.execute("set search_path = " + schema);
      s.execute("""
          create table items (
            id bigint primary key,
            type text not null,
            title text not null,
            summary text,
            theme_names text,
            themes text[] not null,
            audience text,
            year int,
            body text not null,
            tsv tsvector generated always as (
              setweight(to_tsvector('danish', title), 'A')
              || setweight(to_tsvector('danish', coalesce(summary, '') || ' ' || coalesce(theme_names, '')), 'B')
              || setweight(to_tsvector('danish', body), 'D')) stored)""");
    }
  }

  void add(long id, String type, String title, String summary, String themeNames,
      java.util.List<String> themes, String audience, int year, String body)
      throws SQLException, IOException {
    batch.append(id).append('\t').append(esc(type)).append('\t').append(esc(title)).append('\t')
        .append(esc(summary)).append('\t').append(esc(themeNames)).append('\t')
        .append(esc("{" + String.join(",", themes) + "}")).append('\t').append(esc(audience))
        .append('\t').append(year).append('\t').append(esc(body)).append('\n');
    if (++batched >= 2000) {
      flush();
    }
  }

  void flush() throws SQLException, IOException {
    if (batched == 0) {
      return;
    }
    CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
    copy.copyIn("copy items (id, type, title, summary, theme_names, themes, audience, year, body)"
        + " from stdin", new StringReader(batch.toString()));
    batch.setLength(0);
    batched = 0;
  }

  /** Builds the GIN index and statistics; returns nothing, the caller times it. */
  void index() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("create index items_tsv on items using gin (tsv)");
      s.execute("analyze items");
    }
    query = db.prepareStatement("""
        select id, title, ts_rank(tsv, q) as rank
        from items, websearch_to_tsquery('danish', ?) q
        where tsv @@ q
          and (?::text is null or type = ?::text)
          and (?::text is null or themes @> array[?::text])
          and (?::text is null or audience = ?::text)
        order by rank desc
        limit 10""");
  }

  /** Table plus indexes, in bytes. */
  long sizeBytes() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("select pg_total_relation_size('" + schema + ".items')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Runs one search; returns the number of rows (at most 10). */
  int search(SearchRequest r) throws SQLException {
    query.setString(1, r.query());
    query.setString(2, r.type());
    query.setString(3, r.type());
    query.setString(4, r.theme());
    query.setString(5, r.theme());
    query.setString(6, r.audience());
    query.setString(7, r.audience());
    int rows = 0;
    try (ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        rs.getLong(1);
        rs.getString(2);
        rows++;
      }
    }
    return rows;
  }

  @Override
  public void close() throws SQLException {
    try {
      drop(db, schema);
    } finally {
      db.close();
    }
  }

  /** Drops a bench schema with everything in it and creates it empty. */
  static void recreateSchema(String url, String user, String schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      recreate(c, schema);
    }
  }

  /** Drops a bench schema with everything in it. */
  static void dropSchema(String url, String user, String schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      drop(c, schema);
    }
  }

  private static void recreate(Connection c, String schema) throws SQLException {
    drop(c, schema);
    try (Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    }
  }

  private static void drop(Connection c, String schema) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
    }
  }

  private static String esc(String s) {
    if (s == null) {
      return "\\N";
    }
    return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", "\\n").replace("\r", " ");
  }
}
