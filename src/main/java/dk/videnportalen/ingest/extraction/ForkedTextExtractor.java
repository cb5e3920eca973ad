package dk.videnportalen.ingest.extraction;

import dk.videnportalen.ingest.extraction.protocol.ExtractionResult;
import dk.videnportalen.ingest.extraction.protocol.ExtractionStatus;
import dk.videnportalen.ingest.extraction.protocol.ExtractionTimings;
import dk.videnportalen.ingest.extraction.protocol.WorkerReply;
import dk.videnportalen.ingest.extraction.protocol.WorkerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The portal's {@link TextExtractor}: every file goes to a worker JVM from a {@link WorkerPool},
 * so Tika never runs in the application server. The worker writes the text to a file in a
 * private directory, from where it is read once and deleted; only small replies cross the pipe.
 *
 * <p>In the portal CDI supplies the settings and the installation; elsewhere (tests, tools) the
 * public constructor takes the limits and a class path directly.
 */
@ApplicationScoped
public class ForkedTextExtractor implements TextExtractor {

  private static final Logger LOG = Logger.getLogger(ForkedTextExtractor.class.getName());

  @Inject ExtractionSettings settings;
  @Inject ExtractorInstallation installation;

  private ExtractionLimits limits;
  private String libreOffice;
  private Supplier<String> classPath;
  private WorkerPool pool;
  private Path workRoot;
  private boolean closed;

  /** For CDI. */
  public ForkedTextExtractor() {}

  /**
   * @param limits defaults for every request, and the pool's size, heap and recycling
   * @param libreOffice command for office previews; empty for none
   * @param classPath the worker's class path, asked for when the first worker starts
   */
  public ForkedTextExtractor(
      ExtractionLimits limits, String libreOffice, Supplier<String> classPath) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.libreOffice = libreOffice == null ? "" : libreOffice;
    this.classPath = Objects.requireNonNull(classPath, "classPath");
  }

  @PostConstruct
  void configure() {
    limits = settings.limits();
    libreOffice = settings.libreOffice();
    classPath = installation::classPath;
  }

  @Override
  public ExtractionResult extract(ExtractionRequest request) {
    Path file = request.file().toAbsolutePath().normalize();
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException("Not a readable file: " + file);
    }
    ExtractionLimits l = request.limits() == null ? limits : request.limits();
    Path textFile = null;
    try {
      WorkerPool workers = pool();
      textFile = Files.createTempFile(workRoot(), "text-", ".txt");
      WorkerRequest work = new WorkerRequest(file, textFile, request.preview(), l.maxChars(),
          l.maxEmbeddedDepth(), l.maxEmbeddedResources(), l.maxCompressionRatio(),
          l.timeout().toMillis(), libreOffice);
      WorkerReply reply = workers.execute(work, l.timeout());
      String text = reply.chars() > 0 ? Files.readString(textFile, StandardCharsets.UTF_8) : "";
      if (text.length() != reply.chars()) {
        LOG.warning(() -> "The worker reported " + reply.chars() + " characters but wrote "
            + text.length() + " for " + file);
      }
      return reply.toResult(text);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExtractionResult.failure(ExtractionStatus.TIMEOUT, "Udtrækningen blev afbrudt",
          ExtractionTimings.NONE);
    } catch (IOException e) {
      throw new ExtractorUnavailableException("Cannot hand text over from the worker: " + e, e);
    } finally {
      deleteQuietly(textFile);
    }
  }

  private synchronized WorkerPool pool() throws IOException {
    if (closed) {
      throw new ExtractorUnavailableException("Text extraction has been shut down");
    }
    if (pool == null) {
      pool = new WorkerPool(WorkerCommand.of(limits.workerHeap(), classPath.get()),
          limits.workers(), limits.recycleAfter(), workRoot());
    }
    return pool;
  }

  private synchronized Path workRoot() throws IOException {
    if (workRoot == null) {
      workRoot = Files.createTempDirectory("videnportalen-extract-");
    }
    return workRoot;
  }

  /** Workers alive now; for tests and health checks. */
  public synchronized int liveWorkers() {
    return pool == null ? 0 : pool.liveWorkers();
  }

  /**
   * Stops every worker, for good. Requests still running, and any later ones, end with
   * ExtractorUnavailableException.
   */
  @PreDestroy
  public synchronized void close() {
    closed = true;
    if (pool != null) {
      pool.close();
      pool = null;
    }
    if (workRoot != null) {
      FileTrees.delete(workRoot);
      workRoot = null;
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.fine(() -> "Could not delete " + file + ": " + e);
      }
    }
  }
}
