package dk.videnportalen.ingest.extraction.worker;

import dk.videnportalen.ingest.extraction.protocol.ExtractionStatus;
import dk.videnportalen.ingest.extraction.protocol.WireFormat;
import dk.videnportalen.ingest.extraction.protocol.WorkerReply;
import dk.videnportalen.ingest.extraction.protocol.WorkerRequest;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.parser.AutoDetectParser;

/**
 * Entry point of the extraction worker JVM, started by the portal as {@code java -Xmx…
 * -XX:+ExitOnOutOfMemoryError -cp … ExtractionWorker}.
 *
 * <p>The real stdout is kept for the protocol ({@link WireFormat}) and {@code System.out} is
 * pointed at stderr before any parser runs: some parsers and libraries print, and one stray line
 * on stdout would corrupt the stream. This is the one place where the portal's code writes to a
 * standard stream on purpose. Everything else the worker says goes to stderr, which the portal
 * logs.
 *
 * <p>Exit codes: 0 when the portal closes stdin, 1 when Tika cannot start, 3 from the JVM on
 * OutOfMemoryError, 4 when the portal has vanished ({@link ParentWatch}).
 */
public final class ExtractionWorker {

  private static final Logger LOG = Logger.getLogger(ExtractionWorker.class.getName());

  private ExtractionWorker() {}

  public static void main(String[] args) throws IOException {
    DataOutputStream protocol =
        new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
    System.setOut(System.err);
    DataInputStream requests =
        new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
    ParentWatch.start();

    DocumentExtraction extraction;
    try {
      extraction = new DocumentExtraction(warmUp(), Files.createTempDirectory("worker-"));
    } catch (Exception | LinkageError e) {
      LOG.log(Level.SEVERE, "The extraction worker cannot start", e);
      System.exit(1);
      return;
    }
    WireFormat.writeHello(protocol, ProcessHandle.current().pid());
    protocol.flush();

    for (WorkerRequest request = WireFormat.readRequest(requests); request != null;
        request = WireFormat.readRequest(requests)) {
      WorkerReply reply;
      try {
        reply = extraction.extract(request);
      } catch (Exception | StackOverflowError e) {
        LOG.log(Level.WARNING, "Extraction failed outside the parser", e);
        reply = WorkerReply.of(ExtractionStatus.CORRUPT, null, null);
      }
      WireFormat.writeReply(protocol, reply);
      protocol.flush();
    }
    // stdin closed: the portal recycles or shuts down this worker.
    System.exit(0);
  }

  /**
   * Loads Tika's configuration and parsers before saying hello, so the portal's per-file clock
   * does not pay for class loading.
   */
  private static TikaConfig warmUp() throws Exception {
    TikaConfig tika = TikaConfig.getDefaultConfig();
    AutoDetectParser parser = new AutoDetectParser(tika);
    try (TikaInputStream in = TikaInputStream.get("Videnportalen".getBytes())) {
      parser.getDetector().detect(in, new org.apache.tika.metadata.Metadata());
    }
    return tika;
  }
}
