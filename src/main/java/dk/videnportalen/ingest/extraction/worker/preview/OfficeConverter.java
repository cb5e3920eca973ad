package dk.videnportalen.ingest.extraction.worker.preview;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Converts an office document to PDF with LibreOffice, headless, for its first-page preview.
 *
 * <p>Each worker has its own LibreOffice profile ({@code -env:UserInstallation}): two instances
 * sharing a profile block each other, and a private one keeps the user's settings out of it. The
 * profile is reused by the worker's later conversions, which saves LibreOffice's first-start
 * cost. The input is copied under a neutral name with the extension matching the detected
 * format, so a misleading original name cannot steer LibreOffice's filter choice. The converter
 * and all its children are killed when the time budget runs out.
 */
final class OfficeConverter {

  private final String command;
  private final Path profile;
  private Boolean available;

  OfficeConverter(String command, Path workDir) {
    this.command = command;
    this.profile = workDir.resolve("libreoffice-profile");
  }

  /** Whether the configured command can be found: a path, or a name on the PATH. */
  boolean available() {
    if (available == null) {
      available = findExecutable(command);
    }
    return available;
  }

  /** Returns the converted PDF (in {@code scratch}), or null if LibreOffice gave up or ran out. */
  Path toPdf(Path document, String extension, Path scratch, Duration budget)
      throws IOException, InterruptedException {
    Path input = scratch.resolve("document." + extension);
    Files.copy(document, input, StandardCopyOption.REPLACE_EXISTING);
    Files.createDirectories(profile);
    ProcessBuilder builder = new ProcessBuilder(List.of(command, "--headless", "--invisible",
        "--norestore", "--nolockcheck", "--nodefault", "--nologo",
        "-env:UserInstallation=" + profile.toUri(),
        "--convert-to", "pdf", "--outdir", scratch.toString(), input.toString()));
    // Its chatter must not reach the worker's stdout, which carries the protocol.
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    process.getOutputStream().close();
    try {
      if (!process.waitFor(budget.toMillis(), TimeUnit.MILLISECONDS)) {
        return null;
      }
    } finally {
      // soffice is a wrapper script that starts soffice.bin: stop the whole family.
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    Path pdf = scratch.resolve("document.pdf");
    return process.exitValue() == 0 && Files.isRegularFile(pdf) ? pdf : null;
  }

  private static boolean findExecutable(String command) {
    if (command.contains(File.separator)) {
      return Files.isExecutable(Path.of(command));
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
