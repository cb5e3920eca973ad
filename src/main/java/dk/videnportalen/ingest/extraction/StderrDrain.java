package dk.videnportalen.ingest.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a worker's stderr to its end so the worker never blocks on a full pipe, logs each line
 * at FINE, and keeps the last lines to explain a worker that fails to start. Lines are capped: a
 * parser may print megabytes without a newline.
 */
final class StderrDrain implements Runnable {

  private static final Logger LOG = Logger.getLogger(StderrDrain.class.getName());
  private static final int MAX_LINE = 2000;
  private static final int KEPT_LINES = 20;

  private final InputStream stderr;
  private final String prefix;
  private final Deque<String> lastLines = new ArrayDeque<>();

  StderrDrain(InputStream stderr, String prefix) {
    this.stderr = stderr;
    this.prefix = prefix;
  }

  @Override
  public void run() {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (stderr) {
      for (int n = stderr.read(buffer); n >= 0; n = stderr.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            emit(line);
          } else if (line.size() < MAX_LINE) {
            line.write(buffer[i]);
          }
        }
      }
    } catch (IOException e) {
      // The worker is gone; nothing more to read.
    }
    emit(line);
  }

  private void emit(ByteArrayOutputStream line) {
    if (line.size() == 0) {
      return;
    }
    String text = line.toString(Charset.defaultCharset()).stripTrailing();
    line.reset();
    synchronized (lastLines) {
      lastLines.addLast(text);
      if (lastLines.size() > KEPT_LINES) {
        lastLines.removeFirst();
      }
    }
    if (LOG.isLoggable(Level.FINE)) {
      LOG.fine(prefix + text);
    }
  }

  List<String> lastLines() {
    synchronized (lastLines) {
      return new ArrayList<>(lastLines);
    }
  }
}
