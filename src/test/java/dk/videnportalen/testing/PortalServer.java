package dk.videnportalen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real portal, started exactly as a person starts it: {@code payara-config/run} with settings
 * in the environment. Tests talk to it over HTTP on 127.0.0.1 only.
 */
public final class PortalServer implements AutoCloseable {

  public static final String ADMIN_PASSWORD = "Test-Admin-Kodeord-2026";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

  private final String name;
  private final Path dataDir;
  private final Path log;
  private final int port;
  private final Map<String, String> environment;
  private Process process;

  private PortalServer(String name, Path dataDir, int port, Map<String, String> environment) {
    this.name = name;
    this.dataDir = dataDir;
    this.log = dataDir.resolveSibling(name + ".log");
    this.port = port;
    this.environment = environment;
  }

  /**
   * Prepares a server with a fresh, empty data dir under {@code target/it-servers/NAME}.
   *
   * @param extraEnv settings beyond port, data dir and admin password (e.g. PORTAL_DB_URL); a
   *     PORTAL_HTTP_PORT in it is used instead of a free port (benchmarks keep to their range)
   */
  public static PortalServer fresh(String name, Map<String, String> extraEnv) {
    Path dir = TestSettings.targetDir().resolve("it-servers").resolve(name).resolve("data");
    stopLeftover(dir.resolveSibling("server.pid"));
    deleteTree(dir);
    try {
      Files.deleteIfExists(dir.resolveSibling(name + ".log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int port = extraEnv.containsKey("PORTAL_HTTP_PORT")
        ? Integer.parseInt(extraEnv.get("PORTAL_HTTP_PORT")) : freePort();
    Map<String, String> env = new java.util.HashMap<>(extraEnv);
    env.put("PORTAL_HTTP_PORT", String.valueOf(port));
    env.put("PORTAL_DATA_DIR", dir.toString());
    env.putIfAbsent("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.putIfAbsent("PORTAL_JAVA_OPTS", "-Xms256m -Xmx768m");
    return new PortalServer(name, dir, port, Map.copyOf(env));
  }

  /** Starts the portal and waits until {@code /health/ready} answers 200. */
  public PortalServer start() {
    try {
      Files.createDirectories(dataDir);
      ProcessBuilder pb = new ProcessBuilder(
          TestSettings.projectDir().resolve("payara-config/run").toString())
          .directory(TestSettings.projectDir().toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      pb.environment().keySet().removeIf(k -> k.startsWith("PORTAL_"));
      pb.environment().putAll(environment);
      process = pb.start();
      Files.writeString(dataDir.resolveSibling("server.pid"), String.valueOf(process.pid()));
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-portal-" + name));
      awaitReady();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Portal '" + name + "' exited with "
            + process.exitValue() + " before it was ready:\n" + logTail());
      }
      if (log().contains("Exception while deploying the app")) {
        // Payara stays up without the application; waiting longer would only delay the report.
        stop();
        throw new IllegalStateException("Portal '" + name + "' failed to deploy:\n" + logTail());
      }
      try {
        HttpResponse<String> r = http.send(
            HttpRequest.newBuilder(baseUri().resolve("/health/ready"))
                .timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        // Ready means the portal's own checks say so, not just that the server answers; the
        // home page then warms up the web layer, as a load balancer's first visitor would.
        if (r.statusCode() == 200 && r.body().contains("database-schema")
            && http.send(HttpRequest.newBuilder(baseUri().resolve("/")).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(250);
    }
    stop();
    throw new IllegalStateException("Portal '" + name + "' not ready within " + READY_TIMEOUT
        + ":\n" + logTail());
  }

  /** SIGTERM, as an operator or a supervisor would send, then wait for a clean exit. */
  public int stop() {
    if (process == null || !process.isAlive()) {
      return process == null ? 0 : process.exitValue();
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return process.exitValue();
  }

  /** SIGKILL: the process gets no chance to clean up, as in a power cut or an OOM kill. */
  public void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public PortalClient client() {
    return new PortalClient(baseUri());
  }

  public PortalClient admin() {
    return client().withBasicAuth("admin", ADMIN_PASSWORD);
  }

  public Path dataDir() {
    return dataDir;
  }

  public String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  public String logTail() {
    List<String> lines = log().lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }

  /**
   * Stops a portal that an interrupted earlier run left behind on this data dir: two portals on
   * one embedded database would fight over its file lock.
   */
  private static void stopLeftover(Path pidFile) {
    try {
      if (!Files.exists(pidFile)) {
        return;
      }
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      ProcessHandle.of(pid)
          .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro")).orElse(false))
          .ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
          });
      Files.delete(pidFile);
    } catch (IOException | NumberFormatException e) {
      // No usable pid file: nothing to stop.
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
