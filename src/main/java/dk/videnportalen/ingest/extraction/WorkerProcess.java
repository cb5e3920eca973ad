package dk.videnportalen.ingest.extraction;

import dk.videnportalen.ingest.extraction.protocol.ExtractionStatus;
import dk.videnportalen.ingest.extraction.protocol.ExtractionTimings;
import dk.videnportalen.ingest.extraction.protocol.WireFormat;
import dk.videnportalen.ingest.extraction.protocol.WorkerReply;
import dk.videnportalen.ingest.extraction.protocol.WorkerRequest;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One worker JVM and the portal's end of its pipes. Used by one caller at a time (the pool sees
 * to that); only {@link #kill()} may come from another thread, the watchdog's.
 *
 * <p>The per-file time limit is a watchdog task that kills the worker (and any LibreOffice it
 * started) at the deadline; the blocked read of the reply then ends with EOF and the file gets
 * TIMEOUT. A worker that dies on its own is judged by its exit code: 3 is the JVM's answer to
 * {@code -XX:+ExitOnOutOfMemoryError}, so the file needed more memory than allowed (TOO_LARGE);
 * anything else means the file crashed it (CORRUPT). Either way the worker is not reused.
 */
final class WorkerProcess {

  private static final Logger LOG = Logger.getLogger(WorkerProcess.class.getName());
  static final int EXIT_OUT_OF_MEMORY = 3;
  private static final long EXIT_WAIT_MILLIS = 5_000;
  private static final long RETIRE_GRACE_SECONDS = 10;

  static final String OUT_OF_MEMORY =
      "Filen krævede mere hukommelse end tilladt og blev ikke læst færdig";
  static final String CRASHED = "Filen fik læseprogrammet til at gå ned og kunne ikke læses";

  private final int id;
  private final Process process;
  private final DataOutputStream requests;
  private final DataInputStream replies;
  private final StderrDrain stderr;
  private final Thread stderrThread;
  private final ScheduledExecutorService timer;
  private volatile boolean killedAtDeadline;
  private volatile boolean killed;
  private boolean broken;
  private int handled;

  private WorkerProcess(int id, Process process, ScheduledExecutorService timer) {
    this.id = id;
    this.process = process;
    this.timer = timer;
    this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    this.replies = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    this.stderr = new StderrDrain(process.getErrorStream(), "extract-worker-" + id + ": ");
    this.stderrThread = new Thread(stderr, "extract-worker-" + id + "-stderr");
    stderrThread.setDaemon(true);
    stderrThread.start();
  }

  /**
   * Starts a worker and waits for its hello, which it sends once Tika is loaded.
   *
   * @throws ExtractorUnavailableException if the JVM cannot be started or does not say hello
   */
  static WorkerProcess start(WorkerCommand command, int id, Path workRoot,
      ScheduledExecutorService timer, Duration startupTimeout) {
    Path tempDir;
    Process process;
    try {
      tempDir = Files.createTempDirectory(workRoot, "worker-" + id + "-");
      process = new ProcessBuilder(command.line(tempDir)).start();
    } catch (IOException e) {
      throw new ExtractorUnavailableException(
          "Cannot start an extraction worker: " + e.getMessage(), e);
    }
    process.onExit().thenRun(() -> FileTrees.delete(tempDir));
    WorkerProcess worker = new WorkerProcess(id, process, timer);
    worker.awaitHello(startupTimeout);
    LOG.fine(() -> "Extraction worker " + id + " started as pid " + process.pid());
    return worker;
  }

  private void awaitHello(Duration timeout) {
    ScheduledFuture<?> deadline = timer.schedule(this::kill, timeout.toMillis(),
        TimeUnit.MILLISECONDS);
    try {
      WireFormat.readHello(replies);
    } catch (IOException e) {
      kill();
      Integer exit = waitForExit();
      joinQuietly(stderrThread);
      throw new ExtractorUnavailableException("Extraction worker " + id + " did not start (exit "
          + exit + "): " + String.join(" | ", stderr.lastLines()), e);
    } finally {
      deadline.cancel(false);
    }
  }

  /**
   * Sends one file and waits for the answer; never throws for what the file does.
   *
   * @throws WorkerGoneException if the worker was already dead and never saw the request
   */
  WorkerReply exchange(WorkerRequest request, Duration timeout) throws WorkerGoneException {
    try {
      WireFormat.writeRequest(requests, request);
      requests.flush();
    } catch (IOException e) {
      broken = true;
      kill();
      throw new WorkerGoneException(e);
    }
    long started = System.nanoTime();
    ScheduledFuture<?> deadline =
        timer.schedule(this::killAtDeadline, timeout.toNanos(), TimeUnit.NANOSECONDS);
    try {
      WorkerReply reply = WireFormat.readReply(replies);
      handled++;
      if (!deadline.cancel(false)) {
        broken = true; // the watchdog struck just as the answer came in
      }
      return reply;
    } catch (IOException e) {
      deadline.cancel(false);
      broken = true;
      return failed(request, e, (System.nanoTime() - started) / 1_000_000);
    }
  }

  private WorkerReply failed(WorkerRequest request, IOException e, long elapsedMillis) {
    ExtractionTimings timings = new ExtractionTimings(0, elapsedMillis, 0);
    if (killedAtDeadline) {
      LOG.info(() -> "Stopped extraction worker " + id + " after " + elapsedMillis + " ms on "
          + request.file());
      return WorkerReply.of(ExtractionStatus.TIMEOUT,
          "Filen blev ikke færdigbehandlet inden for " + describe(request.timeoutMillis()),
          timings);
    }
    if (killed) {
      // Stopped by the pool (shutdown); the pool tells the caller.
      return WorkerReply.of(ExtractionStatus.CORRUPT, CRASHED, timings);
    }
    Integer exit = waitForExit();
    kill();
    if (exit != null && exit == EXIT_OUT_OF_MEMORY) {
      LOG.info(() -> "Extraction worker " + id + " ran out of memory on " + request.file());
      return WorkerReply.of(ExtractionStatus.TOO_LARGE, OUT_OF_MEMORY, timings);
    }
    LOG.log(Level.WARNING, "Extraction worker " + id + " failed (exit " + exit + ") on "
        + request.file() + ": " + String.join(" | ", stderr.lastLines()), e);
    return WorkerReply.of(ExtractionStatus.CORRUPT, CRASHED, timings);
  }

  static String describe(long millis) {
    if (millis % 1000 == 0) {
      long seconds = millis / 1000;
      return seconds == 1 ? "1 sekund" : seconds + " sekunder";
    }
    return millis + " millisekunder";
  }

  private void killAtDeadline() {
    killedAtDeadline = true;
    kill();
  }

  /** Kills the worker and whatever it started (LibreOffice runs as its grandchild). */
  void kill() {
    killed = true;
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  /** Lets the worker finish: closing its stdin ends its loop. Killed if it dawdles. */
  void retire() {
    try {
      requests.close();
    } catch (IOException e) {
      kill();
      return;
    }
    timer.schedule(() -> {
      if (process.isAlive()) {
        kill();
      }
    }, RETIRE_GRACE_SECONDS, TimeUnit.SECONDS);
  }

  boolean usable() {
    return !broken && process.isAlive();
  }

  int handled() {
    return handled;
  }

  long pid() {
    return process.pid();
  }

  private Integer waitForExit() {
    try {
      return process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
