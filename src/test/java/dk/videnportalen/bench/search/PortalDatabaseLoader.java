package dk.videnportalen.bench.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes generated items straight into a running portal's PostgreSQL tables, as published
 * packages (one extracted text file each) and stories, so that the HTTP portal can hold
 * 100,000 items: through the import API, Tika extraction of every file makes that take hours.
 * The portal then builds its index from these rows with its own rebuild (the path it takes
 * after a lost index), so the index is the portal's own. The blob store holds no bytes for
 * these files: downloads would fail, search does not read them.
 *
 * <p>Ids start at {@link #FIRST_ID}, far above what the portal's sequences hand out in a bench
 * run, so the portal's own inserts (content/ at boot) never collide with them.
 */
final class PortalDatabaseLoader implements AutoCloseable {

  static final long FIRST_ID = 10_000_000L;
  private static final int BATCH = 500;

  private final Connection db;
  private final Map<String, Long> themeIds = new HashMap<>();
  private final PreparedStatement pkg;
  private final PreparedStatement pkgTheme;
  private final PreparedStatement file;
  private final PreparedStatement text;
  private final PreparedStatement attachment;
  private final PreparedStatement version;
  private final PreparedStatement story;
  private final PreparedStatement storyTheme;
  private final MessageDigest sha256;
  private int pending;

  PortalDatabaseLoader(String url, String user) throws SQLException {
    db = DriverManager.getConnection(url, user, "");
    db.setAutoCommit(false);
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select id, slug from theme")) {
      while (rs.next()) {
        themeIds.put(rs.getString(2), rs.getLong(1));
      }
    }
    pkg = db.prepareStatement("insert into learning_package (id, title, summary, audience, language,"
        + " created_at, updated_at, version) values (?, ?, ?, ?, 'da', ?, ?, 1)");
    pkgTheme = db.prepareStatement("insert into package_theme (package_id, theme_id) values (?, ?)");
    file = db.prepareStatement("insert into stored_file (id, sha256, size_bytes, media_type, status,"
        + " chars, truncated, embedded_count, extracted_at)"
        + " values (?, ?, ?, 'text/plain', 'OK', ?, false, 0, ?)");
    text = db.prepareStatement("insert into extracted_text (stored_file_id, content) values (?, ?)");
    attachment = db.prepareStatement("insert into attachment (id, package_id, role, title, position,"
        + " version) values (?, ?, 'GUIDE', 'Tekst', 0, 1)");
    version = db.prepareStatement("insert into file_version (id, attachment_id, version_no,"
        + " stored_file_id, original_name, uploaded_at) values (?, ?, 1, ?, 'tekst.txt', ?)");
    story = db.prepareStatement("insert into practice_story (id, title, area, story_date, challenge,"
        + " action, outcome, state, created_at, updated_at, published_at, version)"
        + " values (?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, 1)");
    storyTheme = db.prepareStatement("insert into story_theme (story_id, theme_id) values (?, ?)");
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Theme slugs the portal knows (from content/temaer.json, imported at boot). */
  int themes() {
    return themeIds.size();
  }

  void add(DanishCorpus.Item item) throws SQLException {
    long id = FIRST_ID + item.n();
    OffsetDateTime when = item.date().atTime(12, 0).atOffset(ZoneOffset.UTC);
    if (item.story()) {
      story.setLong(1, id);
      story.setString(2, item.title());
      story.setString(3, item.area());
      story.setDate(4, Date.valueOf(item.date()));
      story.setString(5, item.body().get(0));
      story.setString(6, item.body().get(1));
      story.setString(7, item.body().get(2));
      story.setObject(8, when);
      story.setObject(9, when);
      story.setObject(10, when);
      story.addBatch();
      addThemes(storyTheme, id, item);
    } else {
      pkg.setLong(1, id);
      pkg.setString(2, item.title());
      pkg.setString(3, item.summary());
      pkg.setString(4, item.audience().toUpperCase(Locale.ROOT).replace('-', '_'));
      pkg.setObject(5, when);
      pkg.setObject(6, when);
      pkg.addBatch();
      addThemes(pkgTheme, id, item);
      String body = item.bodyText();
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      file.setLong(1, id);
      file.setString(2, HexFormat.of().formatHex(sha256.digest(bytes)));
      file.setLong(3, bytes.length);
      file.setInt(4, body.length());
      file.setObject(5, when);
      file.addBatch();
      text.setLong(1, id);
      text.setString(2, body);
      text.addBatch();
      attachment.setLong(1, id);
      attachment.setLong(2, id);
      attachment.addBatch();
      version.setLong(1, id);
      version.setLong(2, id);
      version.setLong(3, id);
      version.setObject(4, when);
      version.addBatch();
    }
    if (++pending >= BATCH) {
      flush();
    }
  }

  private void addThemes(PreparedStatement st, long id, DanishCorpus.Item item) throws SQLException {
    for (String slug : item.themes()) {
      Long theme = themeIds.get(slug);
      if (theme != null) {
        st.setLong(1, id);
        st.setLong(2, theme);
        st.addBatch();
      }
    }
  }

  /** Writes what is batched, parents before children, in one transaction. */
  void flush() throws SQLException {
    for (PreparedStatement st : new PreparedStatement[] {pkg, story, pkgTheme, storyTheme, file,
        text, attachment, version}) {
      st.executeBatch();
    }
    db.commit();
    pending = 0;
  }

  @Override
  public void close() throws SQLException {
    flush();
    db.close();
  }
}
