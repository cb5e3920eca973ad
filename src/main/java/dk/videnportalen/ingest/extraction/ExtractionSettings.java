package dk.videnportalen.ingest.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Extraction's MicroProfile Config settings; every one is optional and falls back to
 * {@link ExtractionLimits#DEFAULTS}, so a portal without any configuration extracts safely.
 *
 * <table>
 *   <caption>Properties (environment: upper case with underscores)</caption>
 *   <tr><td>portal.extract.max-chars</td><td>5000000</td></tr>
 *   <tr><td>portal.extract.timeout-seconds</td><td>60</td></tr>
 *   <tr><td>portal.extract.max-depth</td><td>5</td></tr>
 *   <tr><td>portal.extract.max-embedded</td><td>1000</td></tr>
 *   <tr><td>portal.extract.max-compression-ratio</td><td>100</td></tr>
 *   <tr><td>portal.extract.worker-heap</td><td>512m</td></tr>
 *   <tr><td>portal.extract.workers</td><td>2</td></tr>
 *   <tr><td>portal.extract.recycle-after</td><td>200</td></tr>
 *   <tr><td>portal.preview.libreoffice</td><td>soffice ("off" disables office previews)</td></tr>
 *   <tr><td>portal.extractor.dir</td><td>unset: the jars come from the WAR</td></tr>
 * </table>
 */
@ApplicationScoped
public class ExtractionSettings {

  static final String LIBREOFFICE_OFF = "off";
  static final String DEFAULT_LIBREOFFICE = "soffice";

  @Inject
  @ConfigProperty(name = "portal.extract.max-chars")
  Optional<Integer> maxChars;

  @Inject
  @ConfigProperty(name = "portal.extract.timeout-seconds")
  Optional<Integer> timeoutSeconds;

  @Inject
  @ConfigProperty(name = "portal.extract.max-depth")
  Optional<Integer> maxDepth;

  @Inject
  @ConfigProperty(name = "portal.extract.max-embedded")
  Optional<Integer> maxEmbedded;

  @Inject
  @ConfigProperty(name = "portal.extract.max-compression-ratio")
  Optional<Long> maxCompressionRatio;

  @Inject
  @ConfigProperty(name = "portal.extract.worker-heap")
  Optional<String> workerHeap;

  @Inject
  @ConfigProperty(name = "portal.extract.workers")
  Optional<Integer> workers;

  @Inject
  @ConfigProperty(name = "portal.extract.recycle-after")
  Optional<Integer> recycleAfter;

  @Inject
  @ConfigProperty(name = "portal.preview.libreoffice")
  Optional<String> libreOffice;

  @Inject
  @ConfigProperty(name = "portal.extractor.dir")
  Optional<String> extractorDir;

  public ExtractionLimits limits() {
    ExtractionLimits d = ExtractionLimits.DEFAULTS;
    return new ExtractionLimits(
        maxChars.orElse(d.maxChars()),
        timeoutSeconds.map(s -> Duration.ofSeconds(s)).orElse(d.timeout()),
        maxDepth.orElse(d.maxEmbeddedDepth()),
        maxEmbedded.orElse(d.maxEmbeddedResources()),
        maxCompressionRatio.orElse(d.maxCompressionRatio()),
        workerHeap.map(String::trim).filter(s -> !s.isEmpty()).orElse(d.workerHeap()),
        workers.orElse(d.workers()),
        recycleAfter.orElse(d.recycleAfter()));
  }

  /** The command that starts LibreOffice for office previews; empty when switched off. */
  public String libreOffice() {
    return libreOfficeCommand(libreOffice);
  }

  /** A directory of worker jars to use instead of the WAR's (for development). */
  public Optional<Path> extractorDir() {
    return extractorDir.map(String::trim).filter(s -> !s.isEmpty()).map(Path::of);
  }

  static String libreOfficeCommand(Optional<String> configured) {
    String command = configured.map(String::trim).filter(s -> !s.isEmpty())
        .orElse(DEFAULT_LIBREOFFICE);
    return LIBREOFFICE_OFF.equalsIgnoreCase(command) ? "" : command;
  }
}
