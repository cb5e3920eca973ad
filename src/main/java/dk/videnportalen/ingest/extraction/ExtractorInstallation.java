package dk.videnportalen.ingest.extraction;

import dk.videnportalen.platform.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Where the worker's jars are. The WAR carries them as one stored zip,
 * {@code WEB-INF/extractor.zip}, so that the application server neither unpacks nor scans the
 * parser jars; they are unpacked once into
 * {@code <portal.data.dir>/extractor/<first 16 hex digits of the zip's SHA-256>/} and reused on
 * every later boot of the same build. Unpacking goes to a temporary directory that is then moved
 * into place in one step, so a crash halfway never leaves a directory that looks complete. For
 * development, {@code portal.extractor.dir} names a directory of jars to use instead.
 */
@ApplicationScoped
public class ExtractorInstallation {

  private static final Logger LOG = Logger.getLogger(ExtractorInstallation.class.getName());
  static final String ZIP_RESOURCE = "/WEB-INF/extractor.zip";
  private static final int KEY_LENGTH = 16;

  @Inject PortalConfig portalConfig;
  @Inject ExtractionSettings settings;

  private String classPath;

  /**
   * The web application's context, kept from start-up. Injecting ServletContext would tie each
   * use to a request, and the first extraction often runs on a background import thread.
   */
  volatile ServletContext servletContext;

  void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    this.servletContext = context;
  }

  /**
   * The worker's class path, unpacking the jars on first use.
   *
   * @throws ExtractorUnavailableException if there are no jars to be had
   */
  public synchronized String classPath() {
    if (classPath == null) {
      classPath = resolve();
    }
    return classPath;
  }

  private String resolve() {
    try {
      if (settings.extractorDir().isPresent()) {
        Path dir = settings.extractorDir().get();
        LOG.info(() -> "Extraction worker jars from portal.extractor.dir " + dir);
        return classPathOf(dir);
      }
      ServletContext context = servletContext;
      try (InputStream zip = context == null ? null : context.getResourceAsStream(ZIP_RESOURCE)) {
        if (zip == null) {
          throw new ExtractorUnavailableException(ZIP_RESOURCE
              + " is not in the WAR and portal.extractor.dir is not set: build with mvn package");
        }
        Path dir = install(zip, portalConfig.dataDir().resolve("extractor"));
        return classPathOf(dir);
      }
    } catch (IOException e) {
      throw new ExtractorUnavailableException("Cannot install the extraction worker: " + e, e);
    }
  }

  /**
   * Unpacks the zip into {@code root/<key>} unless that directory already exists; returns it.
   */
  static Path install(InputStream zip, Path root) throws IOException {
    Files.createDirectories(root);
    Path download = Files.createTempFile(root, ".extractor-", ".zip");
    try {
      String key = copyAndHash(zip, download);
      Path target = root.resolve(key);
      if (Files.isDirectory(target)) {
        return target;
      }
      Path staging = Files.createTempDirectory(root, ".unpacking-");
      try {
        unzip(download, staging);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        LOG.info(() -> "Installed the extraction worker in " + target);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
        // Another node sharing the data dir got there first; its copy is just as good.
        FileTrees.delete(staging);
      } catch (IOException | RuntimeException e) {
        FileTrees.delete(staging);
        throw e;
      }
      return target;
    } finally {
      Files.deleteIfExists(download);
    }
  }

  private static String copyAndHash(InputStream zip, Path copy) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(zip, sha256);
        OutputStream out = Files.newOutputStream(copy)) {
      in.transferTo(out);
    }
    return HexFormat.of().formatHex(sha256.digest()).substring(0, KEY_LENGTH);
  }

  /** Our own build made the zip, but a path that leaves the directory is refused anyway. */
  private static void unzip(Path zip, Path dir) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path target = dir.resolve(entry.getName()).normalize();
        if (!target.startsWith(dir) || target.equals(dir)) {
          throw new IOException("Refusing zip entry outside the directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target);
        }
      }
    }
  }

  /** All jars of a directory, sorted, as a class path. */
  static String classPathOf(Path dir) throws IOException {
    List<String> jars;
    try (Stream<Path> files = Files.list(dir)) {
      jars = files.filter(p -> p.getFileName().toString().endsWith(".jar"))
          .map(p -> p.toAbsolutePath().toString())
          .sorted()
          .collect(Collectors.toList());
    }
    if (jars.isEmpty()) {
      throw new ExtractorUnavailableException("No jars in " + dir);
    }
    return String.join(File.pathSeparator, jars);
  }
}
