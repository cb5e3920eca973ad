package dk.videnportalen.ingest.imports;

import dk.videnportalen.catalog.ThemeService;
import dk.videnportalen.ingest.ImportJob;
import dk.videnportalen.ingest.imports.Manifests.PackageManifest;
import dk.videnportalen.ingest.imports.Manifests.ThemeManifest;
import dk.videnportalen.platform.config.PortalConfig;
import dk.videnportalen.platform.persistence.SchemaMigrated;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Imports content/ (themes, packages, stories) in the background after every boot, so the portal
 * answers while it runs. A fingerprint of the folder (names, sizes, times) skips the work when
 * nothing changed; otherwise every item is compared by key and file hash, so a second run changes
 * nothing and a changed file becomes a new version. An interrupted run is resumed.
 */
@ApplicationScoped
public class ContentImport {

  private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());

  @Inject PortalConfig config;
  @Inject ImportLedger ledger;
  @Inject ImportRunner runner;
  @Inject ThemeService themes;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  /**
   * The import itself runs here: the scheduled executor has one thread, which also applies every
   * change to the search index, so an import on it kept new items out of search until it ended.
   */
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService workers;

  /**
   * The import waits this long after the schema is ready, so that its extractions do not compete
   * with the rest of the deployment for the CPU: the portal becomes ready first.
   */
  static final long START_DELAY_SECONDS = 3;

  private final Jsonb jsonb = JsonbBuilder.create();

  void onSchemaMigrated(@Observes SchemaMigrated event) {
    executor.schedule(() -> workers.execute(this::importQuietly), START_DELAY_SECONDS,
        TimeUnit.SECONDS);
  }

  private void importQuietly() {
    try {
      importContent();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Importing content/ failed", e);
    }
  }

  /** Imports content/ now, in the calling thread. */
  public void importContent() throws IOException {
    Path dir = config.contentDir();
    if (!Files.isDirectory(dir)) {
      LOG.info(() -> "No content folder at " + dir + "; nothing to import");
      return;
    }
    String fingerprint = fingerprint(dir);
    Optional<ImportJob> last = ledger.latestContentImport();
    if (last.isPresent() && fingerprint.equals(ImportSources.fingerprintOf(last.get().getSource()))) {
      if (last.get().getState() == ImportJob.State.DONE) {
        LOG.info(() -> "content/ unchanged since import " + last.get().getId());
        return;
      }
      LOG.info(() -> "Resuming the interrupted content import " + last.get().getId());
      runner.run(last.get().getId());
      return;
    }
    last.filter(j -> j.getState() == ImportJob.State.RUNNING || j.getState() == ImportJob.State.QUEUED)
        .ifPresent(j -> ledger.fail(j.getId(), "Afløst af en nyere import af content/"));
    importThemes(dir.resolve("temaer.json"));
    List<String> entries = ordered(dir);
    long jobId = ledger.plan(ImportJob.Kind.CONTENT, ImportSources.folder(dir.toString(), fingerprint),
        entries, null);
    LOG.info(() -> "Importing content/: " + entries.size() + " items (import " + jobId + ")");
    runner.run(jobId);
  }

  /** Creates or updates every theme of temaer.json (each in its own transaction). */
  void importThemes(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    Type listOfThemes = new ArrayList<ThemeManifest>() {
      private static final long serialVersionUID = 1L;
    }.getClass().getGenericSuperclass();
    List<ThemeManifest> list = jsonb.fromJson(Files.readString(file, StandardCharsets.UTF_8), listOfThemes);
    for (int i = 0; i < list.size(); i++) {
      ThemeManifest t = list.get(i);
      themes.save(t.slug(), new ThemeService.ThemeDraft(t.name(), t.description(), t.kind(), i));
    }
    LOG.info(() -> "Imported " + list.size() + " themes from " + file.getFileName());
  }

  /** Packages first (originals before their adaptations), then stories, then loose files. */
  private List<String> ordered(Path dir) throws IOException {
    DirectorySource source = new DirectorySource(dir);
    List<String> all = source.entries();
    List<String> originals = new ArrayList<>();
    List<String> adaptations = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String entry : all) {
      Optional<byte[]> manifest = source.manifest(entry);
      if (manifest.isPresent() && !ImportSource.isStory(entry)) {
        boolean adapted = false;
        try {
          adapted = jsonb.fromJson(new String(manifest.get(), StandardCharsets.UTF_8),
              PackageManifest.class).adaptedFrom() != null;
        } catch (RuntimeException e) {
          // a broken item.json is reported when its entry is processed
        }
        (adapted ? adaptations : originals).add(entry);
      } else {
        rest.add(entry);
      }
    }
    rest.sort(Comparator.comparing((String e) -> !ImportSource.isStory(e)).thenComparing(e -> e));
    List<String> result = new ArrayList<>(originals);
    result.addAll(adaptations);
    result.addAll(rest);
    return result;
  }

  static String fingerprint(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        String line = dir.relativize(p) + "|" + Files.size(p) + "|"
            + Files.getLastModifiedTime(p).toMillis() + "\n";
        sha.update(line.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
