package dk.videnportalen.ingest.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line of a worker JVM. The same {@code java} as the portal's own (so no second JDK
 * has to be installed or kept in step), a fixed heap that exits on exhaustion instead of limping
 * on, headless Java2D for the previews, a private temp dir, and the serial collector, which suits
 * a small single-threaded heap on a machine the portal shares.
 */
final class WorkerCommand {

  static final String MAIN_CLASS = "dk.videnportalen.ingest.extraction.worker.ExtractionWorker";

  private final String java;
  private final String heap;
  private final String classPath;

  WorkerCommand(String java, String heap, String classPath) {
    this.java = java;
    this.heap = heap;
    this.classPath = classPath;
  }

  static WorkerCommand of(String heap, String classPath) {
    return new WorkerCommand(javaBinary(), heap, classPath);
  }

  List<String> line(Path tempDir) {
    return List.of(java,
        "-Xmx" + heap,
        "-XX:+ExitOnOutOfMemoryError",
        "-XX:+UseSerialGC",
        "-XX:-UsePerfData",
        "-Djava.awt.headless=true",
        "-Djava.io.tmpdir=" + tempDir,
        "-Djava.util.logging.SimpleFormatter.format=%4$s %5$s%6$s%n",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        // POI logs through Log4j's API; without this it complains that it has no backend.
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
        "-cp", classPath,
        MAIN_CLASS);
  }

  /** The portal's own {@code java}, or the one in {@code java.home}. */
  static String javaBinary() {
    Optional<String> command = ProcessHandle.current().info().command();
    if (command.isPresent()) {
      Path path = Path.of(command.get());
      String name = path.getFileName().toString();
      if ((name.equals("java") || name.equals("java.exe")) && Files.isExecutable(path)) {
        return path.toString();
      }
    }
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
