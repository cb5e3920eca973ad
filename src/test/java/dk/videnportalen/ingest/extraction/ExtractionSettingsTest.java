package dk.videnportalen.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractionSettingsTest {

  private static ExtractionSettings unconfigured() {
    ExtractionSettings s = new ExtractionSettings();
    s.maxChars = Optional.empty();
    s.timeoutSeconds = Optional.empty();
    s.maxDepth = Optional.empty();
    s.maxEmbedded = Optional.empty();
    s.maxCompressionRatio = Optional.empty();
    s.workerHeap = Optional.empty();
    s.workers = Optional.empty();
    s.recycleAfter = Optional.empty();
    s.libreOffice = Optional.empty();
    s.extractorDir = Optional.empty();
    return s;
  }

  @Test
  void withoutConfigurationTheDefaultsApply() {
    ExtractionSettings s = unconfigured();
    ExtractionLimits limits = s.limits();
    assertEquals(ExtractionLimits.DEFAULTS, limits);
    assertEquals(5_000_000, limits.maxChars());
    assertEquals(Duration.ofSeconds(60), limits.timeout());
    assertEquals(5, limits.maxEmbeddedDepth());
    assertEquals(1000, limits.maxEmbeddedResources());
    assertEquals(100, limits.maxCompressionRatio());
    assertEquals("512m", limits.workerHeap());
    assertEquals(2, limits.workers());
    assertEquals(200, limits.recycleAfter());
    assertEquals("soffice", s.libreOffice());
    assertTrue(s.extractorDir().isEmpty());
  }

  @Test
  void configuredValuesWin() {
    ExtractionSettings s = unconfigured();
    s.maxChars = Optional.of(1000);
    s.timeoutSeconds = Optional.of(5);
    s.workerHeap = Optional.of(" 1g ");
    s.workers = Optional.of(4);
    s.libreOffice = Optional.of("/opt/libreoffice/program/soffice");
    s.extractorDir = Optional.of("target/extractor");
    ExtractionLimits limits = s.limits();
    assertEquals(1000, limits.maxChars());
    assertEquals(Duration.ofSeconds(5), limits.timeout());
    assertEquals("1g", limits.workerHeap());
    assertEquals(4, limits.workers());
    assertEquals("/opt/libreoffice/program/soffice", s.libreOffice());
    assertEquals(Optional.of(Path.of("target/extractor")), s.extractorDir());
  }

  @Test
  void offSwitchesLibreOfficeOff() {
    assertEquals("", ExtractionSettings.libreOfficeCommand(Optional.of("off")));
    assertEquals("", ExtractionSettings.libreOfficeCommand(Optional.of("OFF")));
    assertEquals("soffice", ExtractionSettings.libreOfficeCommand(Optional.of("  ")));
  }

  @Test
  void nonsenseLimitsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> ExtractionLimits.DEFAULTS.withWorkerHeap("lots"));
    assertThrows(IllegalArgumentException.class, () -> ExtractionLimits.DEFAULTS.withWorkers(0));
    assertThrows(IllegalArgumentException.class,
        () -> ExtractionLimits.DEFAULTS.withTimeout(Duration.ZERO));
  }

  @Test
  void theWorkerRunsOnThePortalsOwnJava() {
    String binary = WorkerCommand.javaBinary();
    assertTrue(binary.endsWith("java") || binary.endsWith("java.exe"), binary);
    assertTrue(WorkerCommand.of("256m", "cp").line(Path.of("/tmp/w")).containsAll(List.of(
        "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
        "-Djava.io.tmpdir=/tmp/w", WorkerCommand.MAIN_CLASS)));
  }
}
