package dk.videnportalen.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.platform.config.PortalConfig;
import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorInstallationTest {

  @TempDir Path dataDir;

  private static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("jar " + name).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private Path install(byte[] zip) throws IOException {
    return ExtractorInstallation.install(new ByteArrayInputStream(zip), dataDir);
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dataDir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  @Test
  void unpacksOnceIntoADirectoryNamedAfterTheZipsHash() throws IOException {
    byte[] zip = zip("tika-core-3.3.1.jar", "videnportalen-extractor.jar");
    Path first = install(zip);
    assertTrue(first.getFileName().toString().matches("[0-9a-f]{16}"), first.toString());
    assertTrue(Files.isRegularFile(first.resolve("tika-core-3.3.1.jar")));
    Files.writeString(first.resolve("marker"), "kept");

    Path second = install(zip);
    assertEquals(first, second);
    assertTrue(Files.exists(second.resolve("marker")), "reused, not unpacked again");
    assertEquals(List.of(), leftovers());

    assertNotEquals(first, install(zip("tika-core-3.3.2.jar")), "a new build, a new directory");
  }

  @Test
  void theClassPathListsTheJarsInOrder() throws IOException {
    Path dir = install(zip("b.jar", "a.jar", "notes.txt"));
    assertEquals(dir.resolve("a.jar") + File.pathSeparator + dir.resolve("b.jar"),
        ExtractorInstallation.classPathOf(dir));
  }

  @Test
  void anEntryOutsideTheDirectoryIsRefusedAndLeavesNothingBehind() throws IOException {
    assertThrows(IOException.class, () -> install(zip("ok.jar", "../../evil.jar")));
    assertFalse(Files.exists(dataDir.getParent().resolve("evil.jar")));
    try (Stream<Path> files = Files.list(dataDir)) {
      assertEquals(0, files.count(), "no half-installed directory, no temp files");
    }
  }

  @Test
  void aDirectoryWithoutJarsIsNoInstallation() {
    assertThrows(ExtractorUnavailableException.class,
        () -> ExtractorInstallation.classPathOf(dataDir));
  }

  @Test
  void inThePortalTheJarsComeFromTheWar() throws IOException {
    byte[] zip = zip("worker.jar");
    ExtractorInstallation installation = installation(Optional.empty(), zip);
    String classPath = installation.classPath();
    assertTrue(classPath.startsWith(dataDir.resolve("extractor").toString()), classPath);
    assertTrue(classPath.endsWith("worker.jar"), classPath);
  }

  @Test
  void portalExtractorDirOverridesTheWar(@TempDir Path jars) throws IOException {
    Files.writeString(jars.resolve("dev.jar"), "jar");
    ExtractorInstallation installation = installation(Optional.of(jars.toString()), null);
    assertEquals(jars.resolve("dev.jar").toString(), installation.classPath());
  }

  @Test
  void withoutZipOrDirectoryExtractionIsUnavailable() {
    ExtractorInstallation installation = installation(Optional.empty(), null);
    assertThrows(ExtractorUnavailableException.class, installation::classPath);
  }

  private ExtractorInstallation installation(Optional<String> extractorDir, byte[] warZip) {
    ExtractorInstallation installation = new ExtractorInstallation();
    installation.settings = new ExtractionSettings();
    installation.settings.extractorDir = extractorDir;
    installation.portalConfig = new PortalConfig() {
      @Override
      public Path dataDir() {
        return dataDir;
      }
    };
    installation.servletContext = (ServletContext) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {ServletContext.class},
        (proxy, method, args) -> method.getName().equals("getResourceAsStream")
            && ExtractorInstallation.ZIP_RESOURCE.equals(args[0]) && warZip != null
            ? new ByteArrayInputStream(warZip) : null);
    return installation;
  }
}
