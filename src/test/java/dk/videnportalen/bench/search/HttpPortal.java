package dk.videnportalen.bench.search;

import dk.videnportalen.search.SearchRequest;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real portal started as a person starts it ({@code payara-config/run}, which passes
 * {@code --nocluster --disablephonehome}), on 127.0.0.1 and a fixed bench port, with a fresh data
 * dir. Items are loaded through the bulk-import API from a generated folder below the portal's
 * import dir (the folder format of content/), the fastest route that still runs the portal's own
 * ingest, database and indexer. Stopped by its own process (SIGTERM, then SIGKILL).
 */
final class HttpPortal implements AutoCloseable {

  static final String PASSWORD = "Bench-Admin-Kodeord-2026";
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private final Path project;
  private final Path dataDir;
  private final int port;
  private final String heap;
  private final String dbUrl;
  private final String auth = "Basic " + Base64.getEncoder()
      .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  private Process process;

  /** @param dbUrl a PostgreSQL JDBC URL for the portal (user postgres), or null for H2 */
  HttpPortal(Path project, Path dataDir, int port, String heap, String dbUrl) {
    this.project = project;
    this.dataDir = dataDir;
    this.port = port;
    this.heap = heap;
    this.dbUrl = dbUrl;
  }

  Path importDir() {
    return dataDir.resolve("import");
  }

  /** Deletes the data dir and starts the portal; waits for /health/ready. */
  void start(Path log) throws IOException, InterruptedException {
    deleteTree(dataDir);
    Files.createDirectories(importDir());
    ProcessBuilder pb = new ProcessBuilder(project.resolve("payara-config/run").toString())
        .directory(project.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    pb.environment().keySet().removeIf(k -> k.startsWith("PORTAL_"));
    pb.environment().put("PORTAL_HTTP_PORT", String.valueOf(port));
    pb.environment().put("PORTAL_DATA_DIR", dataDir.toString());
    pb.environment().put("PORTAL_ADMIN_PASSWORD", PASSWORD);
    pb.environment().put("PORTAL_JAVA_OPTS", "-Xms256m -Xmx" + heap);
    if (dbUrl != null) {
      pb.environment().put("PORTAL_DB_URL", dbUrl);
      pb.environment().put("PORTAL_DB_USER", "postgres");
    }
    process = pb.start();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-bench-portal"));
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The portal exited early; see " + log);
      }
      try {
        HttpResponse<String> r = get("/health/ready", false);
        if (r.statusCode() == 200 && r.body().contains("database-schema")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("The portal was not ready within 6 minutes; see " + log);
  }

  long pid() {
    return process.pid();
  }

  /** Writes one item folder below {@code import/<batch>/} in the content/ format. */
  void writeItem(String batch, DanishCorpus.Item item) throws IOException {
    Path dir = importDir().resolve(batch).resolve(item.story() ? "fortaellinger" : "pakker")
        .resolve(item.key());
    Files.createDirectories(dir);
    JsonArrayBuilder themes = Json.createArrayBuilder();
    item.themes().forEach(themes::add);
    JsonObjectBuilder o = Json.createObjectBuilder().add("title", item.title())
        .add("unit", item.unit()).add("themes", themes);
    if (item.story()) {
      o.add("unitKind", item.unitKind()).add("area", item.area())
          .add("date", item.date().toString()).add("challenge", item.body().get(0))
          .add("action", item.body().get(1)).add("outcome", item.body().get(2))
          .add("files", Json.createArrayBuilder());
    } else {
      o.add("summary", item.summary()).add("audience", item.audience()).add("language", "da")
          .add("files", Json.createArrayBuilder().add(Json.createObjectBuilder()
              .add("file", "tekst.txt").add("role", "guide").add("title", "Tekst")));
      Files.writeString(dir.resolve("tekst.txt"), item.bodyText(), StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("item.json"), o.build().toString(), StandardCharsets.UTF_8);
  }

  /** Starts a folder import and waits for it; returns the job's final JSON. */
  JsonObject importFolder(String batch, java.util.function.IntConsumer progress)
      throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/imports/folder"))
        .header("Authorization", auth).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"folder\":\"" + batch + "\"}"))
        .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 202) {
      throw new IllegalStateException("Import not accepted: " + r.statusCode() + " " + r.body());
    }
    long id = json(r.body()).getJsonNumber("id").longValue();
    while (true) {
      Thread.sleep(2000);
      JsonObject job = json(get("/api/imports/" + id, true).body());
      progress.accept(job.getInt("processed"));
      String state = job.getString("state");
      if (!"RUNNING".equals(state) && !"PLANNED".equals(state) && !"QUEUED".equals(state)
          && job.getInt("processed") >= job.getInt("total")) {
        return job;
      }
    }
  }

  /** Starts the admin's "rebuild the index from the database" and waits until it is done. */
  JsonObject rebuildIndex(java.util.function.Consumer<JsonObject> progress)
      throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/admin/index/rebuild"))
        .header("Authorization", auth).POST(HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 202) {
      throw new IllegalStateException("Rebuild not accepted: " + r.statusCode() + " " + r.body());
    }
    while (true) {
      Thread.sleep(5000);
      JsonObject status = indexStatus();
      progress.accept(status);
      if (status.containsKey("rebuildFailure") && !status.isNull("rebuildFailure")) {
        throw new IllegalStateException("Rebuild failed: " + status);
      }
      if ("ready".equals(status.getString("state"))) {
        return status;
      }
    }
  }

  /** The index status ({@code /api/admin/index}). */
  JsonObject indexStatus() throws IOException, InterruptedException {
    return json(get("/api/admin/index", true).body());
  }

  /** The search URL the portal's own page would call for this request. */
  static String searchPath(SearchRequest r) {
    StringJoiner q = new StringJoiner("&", "/api/search?", "");
    q.add("q=" + enc(r.query()));
    if (r.type() != null) {
      q.add("type=" + enc(r.type()));
    }
    if (r.theme() != null) {
      q.add("theme=" + enc(r.theme()));
    }
    if (r.audience() != null) {
      q.add("audience=" + enc(r.audience()));
    }
    if (r.newestFirst()) {
      q.add("sort=newest");
    }
    q.add("size=" + r.size());
    return q.toString();
  }

  /**
   * One anonymous search, its JSON parsed as a page script would; returns the number of hits
   * (and fails on anything but 200).
   */
  int search(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode());
    }
    return json(r.body()).getJsonArray("hits").size();
  }

  HttpResponse<String> get(String path, boolean admin) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    if (admin) {
      b.header("Authorization", auth);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  static JsonObject json(String s) {
    try (JsonReader reader = Json.createReader(new StringReader(s))) {
      return reader.readObject();
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
      for (Path p : all) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
