package dk.videnportalen.ingest.imports;

import dk.videnportalen.catalog.AttachmentRole;
import dk.videnportalen.catalog.NewFile;
import dk.videnportalen.identity.Account;
import dk.videnportalen.ingest.ImportEntry;
import dk.videnportalen.ingest.IngestService;
import dk.videnportalen.ingest.UploadRejected;
import dk.videnportalen.ingest.imports.Manifests.FileEntry;
import dk.videnportalen.ingest.imports.Manifests.PackageManifest;
import dk.videnportalen.ingest.imports.Manifests.StoryManifest;
import dk.videnportalen.platform.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports one entry: reads its manifest, stores and extracts its files, then lets
 * {@link ImportApplier} record the change and the entry's result in one transaction. Nothing is
 * recorded for an entry that fails before that, except the failure itself.
 */
@ApplicationScoped
public class ImportProcessor {

  @Inject IngestService ingest;
  @Inject ImportLedger ledger;
  @Inject ImportApplier applier;

  private final Jsonb jsonb = JsonbBuilder.create();

  /** A finished entry: what to report. */
  /** Processes an entry; never throws: failures are recorded on the entry. */
  ImportApplier.Outcome process(ImportSource source, long entryId, String entry, Account by) {
    try {
      Optional<byte[]> manifest = source.manifest(entry);
      ImportApplier.Outcome outcome;
      if (manifest.isEmpty()) {
        NewFile file = receive(source, entry, null, AttachmentRole.OTHER, null);
        outcome = applier.applyLooseFile(entryId, file, by);
      } else if (ImportSource.isStory(entry)) {
        StoryManifest m = parse(manifest.get(), StoryManifest.class);
        outcome = applier.applyStory(entryId, ImportSource.keyOf(entry), m, files(source, entry, m.files()), by);
      } else {
        PackageManifest m = parse(manifest.get(), PackageManifest.class);
        outcome = applier.applyPackage(entryId, ImportSource.keyOf(entry), m, files(source, entry, m.files()), by);
      }
      return outcome;
    } catch (ValidationFailure e) {
      return failed(entryId, String.join(" ", e.problems()));
    } catch (UploadRejected e) {
      return failed(entryId, e.getMessage());
    } catch (IOException e) {
      return failed(entryId, "Filen kunne ikke læses: " + e.getMessage());
    } catch (RuntimeException e) {
      return failed(entryId, "Uventet fejl: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " – " + e.getMessage()));
    }
  }

  private ImportApplier.Outcome failed(long entryId, String message) {
    ledger.recordFailure(entryId, message);
    return new ImportApplier.Outcome(ImportEntry.State.FAILED, null, message, null);
  }

  <T> T parse(byte[] json, Class<T> type) {
    try {
      T value = jsonb.fromJson(new String(json, StandardCharsets.UTF_8), type);
      if (value == null) {
        throw new ValidationFailure("item.json er tom.");
      }
      return value;
    } catch (JsonbException e) {
      throw new ValidationFailure("item.json er ikke gyldig JSON i det forventede format.");
    }
  }

  private List<NewFile> files(ImportSource source, String entry, List<FileEntry> listed)
      throws IOException {
    List<NewFile> files = new ArrayList<>();
    for (FileEntry f : listed) {
      if (f.file() == null || f.file().isBlank()) {
        throw new ValidationFailure("En fil i item.json mangler navn (\"file\").");
      }
      AttachmentRole role = f.role() == null ? AttachmentRole.OTHER
          : AttachmentRole.fromCode(f.role()).orElseThrow(() -> new ValidationFailure(
              "Filrollen „" + f.role() + "“ findes ikke. Brug deck, handout, guide eller other."));
      files.add(receive(source, entry, f.file(), role, f.title()));
    }
    return files;
  }

  private NewFile receive(ImportSource source, String entry, String file, AttachmentRole role,
      String title) throws IOException {
    try (InputStream in = source.open(entry, file)) {
      return ingest.receive(in, file == null ? entry : file, role, title);
    }
  }

}
