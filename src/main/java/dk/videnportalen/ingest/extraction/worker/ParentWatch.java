package dk.videnportalen.ingest.extraction.worker;

import java.util.Optional;

/**
 * Ends the worker when the portal that started it is gone. Normally the closed stdin does that,
 * but a worker stuck in a hostile file never reads stdin again, and without its parent nobody
 * would ever kill it.
 */
final class ParentWatch {

  static final int EXIT_ORPHANED = 4;
  private static final long INTERVAL_MILLIS = 2000;

  private ParentWatch() {}

  static void start() {
    Optional<ProcessHandle> parent = ProcessHandle.current().parent();
    if (parent.isEmpty()) {
      return;
    }
    ProcessHandle portal = parent.get();
    Thread watch = new Thread(() -> {
      while (portal.isAlive()) {
        try {
          Thread.sleep(INTERVAL_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
      Runtime.getRuntime().halt(EXIT_ORPHANED);
    }, "parent-watch");
    watch.setDaemon(true);
    watch.start();
  }
}
