package dk.videnportalen.ingest.extraction;

import dk.videnportalen.ingest.extraction.protocol.WorkerReply;
import dk.videnportalen.ingest.extraction.protocol.WorkerRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded set of worker JVMs. At most {@code size} files are extracted at once; further
 * callers wait for a free worker. Workers start on first need, are reused while healthy, replaced
 * after a timeout, a crash or running out of memory, and retired after {@code recycleAfter} files
 * (parsers leak a little, and a fresh heap is cheap).
 *
 * <p>Knows nothing about CDI or configuration: it gets the worker command (and so the class path)
 * from its creator, which makes it testable with the test JVM's own class path.
 */
final class WorkerPool implements AutoCloseable {

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

  private final WorkerCommand command;
  private final int recycleAfter;
  private final Path workRoot;
  private final Semaphore permits;
  private final Deque<WorkerProcess> idle = new ArrayDeque<>();
  private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();
  private final AtomicInteger ids = new AtomicInteger();
  private final ScheduledExecutorService watchdog;
  private volatile boolean closed;

  WorkerPool(WorkerCommand command, int size, int recycleAfter, Path workRoot) {
    this.command = command;
    this.recycleAfter = recycleAfter;
    this.workRoot = workRoot;
    this.permits = new Semaphore(size, true);
    this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "extract-watchdog");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Runs one request on a free worker, waiting for one if all are busy.
   *
   * @throws ExtractorUnavailableException if no worker can be started or the pool is closed
   */
  WorkerReply execute(WorkerRequest request, Duration timeout) throws InterruptedException {
    ensureOpen();
    permits.acquire();
    try {
      WorkerGoneException gone = null;
      for (int attempt = 0; attempt < 2; attempt++) {
        WorkerProcess worker = checkOut();
        try {
          WorkerReply reply = worker.exchange(request, timeout);
          checkIn(worker);
          ensureOpen();
          return reply;
        } catch (WorkerGoneException e) {
          discard(worker);
          gone = e;
        } catch (RuntimeException e) {
          // Closing the pool mid-request stops the watchdog too; report that, not its symptom.
          discard(worker);
          ensureOpen();
          throw e;
        }
      }
      throw new ExtractorUnavailableException("Extraction workers die before reading a request",
          gone);
    } finally {
      permits.release();
    }
  }

  private WorkerProcess checkOut() {
    synchronized (idle) {
      while (!idle.isEmpty()) {
        WorkerProcess worker = idle.pop();
        if (worker.usable()) {
          return worker;
        }
        discard(worker);
      }
    }
    WorkerProcess worker =
        WorkerProcess.start(command, ids.incrementAndGet(), workRoot, watchdog, STARTUP_TIMEOUT);
    live.add(worker);
    if (closed) {
      discard(worker);
      ensureOpen();
    }
    return worker;
  }

  private void checkIn(WorkerProcess worker) {
    if (closed || !worker.usable()) {
      discard(worker);
    } else if (worker.handled() >= recycleAfter) {
      live.remove(worker);
      worker.retire();
    } else {
      synchronized (idle) {
        idle.push(worker);
      }
    }
  }

  private void discard(WorkerProcess worker) {
    live.remove(worker);
    worker.kill();
  }

  private void ensureOpen() {
    if (closed) {
      throw new ExtractorUnavailableException("Text extraction has been shut down");
    }
  }

  /** Workers alive right now, busy or idle (for tests and health checks). */
  int liveWorkers() {
    return (int) live.stream().filter(WorkerProcess::usable).count();
  }

  /** Kills every worker, busy ones included; their callers get ExtractorUnavailableException. */
  @Override
  public void close() {
    closed = true;
    synchronized (idle) {
      idle.clear();
    }
    live.forEach(WorkerProcess::kill);
    live.clear();
    watchdog.shutdownNow();
  }
}
