package dk.videnportalen.ingest.imports;

import dk.videnportalen.catalog.Attachment;
import dk.videnportalen.catalog.LearningPackage;
import dk.videnportalen.catalog.NewFile;
import dk.videnportalen.catalog.PackageDraft;
import dk.videnportalen.catalog.PackageService;
import dk.videnportalen.catalog.PracticeStory;
import dk.videnportalen.catalog.StoredFileRepository;
import dk.videnportalen.catalog.StoryDraft;
import dk.videnportalen.catalog.StoryService;
import dk.videnportalen.catalog.Theme;
import dk.videnportalen.identity.Account;
import dk.videnportalen.ingest.ImportEntry;
import dk.videnportalen.ingest.imports.Manifests.PackageManifest;
import dk.videnportalen.ingest.imports.Manifests.StoryManifest;
import dk.videnportalen.platform.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Records one import entry's change and result in a single transaction. An item folder creates
 * or updates the package or story with its key; a loose file becomes a package of its own.
 * Unchanged files are recognised by their SHA-256, so importing the same folder twice changes
 * nothing, and a changed file becomes a new version of the file with the same name.
 */
@ApplicationScoped
public class ImportApplier {

  @Inject PackageService packages;
  @Inject StoryService stories;
  @Inject StoredFileRepository storedFiles;
  @Inject ImportLedger ledger;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /** A finished entry: what to report. */
  public record Outcome(ImportEntry.State state, String outcome, String message, Long itemId) {}

  @Transactional
  public Outcome applyPackage(long entryId, String key, PackageManifest m, List<NewFile> files, Account by) {
    Long origin = m.adaptedFrom() == null ? null
        : packages.findBySourceKey(m.adaptedFrom()).map(LearningPackage::getId).orElseThrow(
            () -> new ValidationFailure("Pakken „" + m.adaptedFrom()
                + "“, som denne er tilpasset fra, findes ikke."));
    PackageDraft draft = new PackageDraft(m.title(), m.summary(), m.themes(), m.audience(),
        m.unit(), m.language(), origin);
    Optional<LearningPackage> existing = packages.findBySourceKey(key);
    Outcome outcome;
    if (existing.isEmpty()) {
      LearningPackage p = packages.createEntity(draft, files, account(by), key);
      outcome = new Outcome(ImportEntry.State.DONE, statusOf(files), "Oprettet: " + p.getTitle(), p.getId());
    } else {
      LearningPackage p = existing.get();
      List<String> changes = new ArrayList<>();
      if (!sameMetadata(p, draft)) {
        packages.updateEntity(p, draft);
        changes.add("oplysninger ændret");
      }
      List<NewFile> added = new ArrayList<>();
      for (NewFile f : files) {
        Optional<Attachment> same = byName(p.getFiles(), f.originalName());
        if (same.isEmpty()) {
          added.add(f);
          changes.add("ny fil " + f.originalName());
        } else if (!same.get().current().getStoredFile().getSha256().equals(f.content().sha256())) {
          packages.addVersionEntity(p, same.get().getId(), f, account(by));
          changes.add("ny version af " + f.originalName());
        }
      }
      if (!added.isEmpty()) {
        packages.attachEntity(p, added, account(by));
      }
      outcome = changes.isEmpty()
          ? new Outcome(ImportEntry.State.UNCHANGED, statusOf(files), "Uændret", p.getId())
          : new Outcome(ImportEntry.State.DONE, statusOf(files),
              "Opdateret: " + String.join(", ", changes), p.getId());
    }
    ledger.record(entryId, outcome.state(), outcome.outcome(), outcome.message(), outcome.itemId());
    return outcome;
  }

  @Transactional
  public Outcome applyStory(long entryId, String key, StoryManifest m, List<NewFile> files, Account by) {
    StoryDraft draft = new StoryDraft(m.title(), m.unit(), m.unitKind(), m.area(), m.date(),
        m.challenge(), m.action(), m.outcome(), m.themes());
    Optional<PracticeStory> existing = stories.findBySourceKey(key);
    Outcome outcome;
    if (existing.isEmpty()) {
      PracticeStory s = stories.createEntity(draft, files, account(by), key, true);
      outcome = new Outcome(ImportEntry.State.DONE, statusOf(files), "Oprettet: " + s.getTitle(), s.getId());
    } else {
      PracticeStory s = existing.get();
      List<String> changes = new ArrayList<>();
      if (!sameStory(s, draft)) {
        stories.updateEntity(s, draft);
        changes.add("tekst ændret");
      }
      List<NewFile> added = new ArrayList<>();
      for (NewFile f : files) {
        Optional<Attachment> same = byName(s.getFiles(), f.originalName());
        if (same.isEmpty()) {
          added.add(f);
          changes.add("ny fil " + f.originalName());
        } else if (!same.get().current().getStoredFile().getSha256().equals(f.content().sha256())) {
          stories.addVersionEntity(s, same.get(), f, account(by));
          changes.add("ny version af " + f.originalName());
        }
      }
      if (!added.isEmpty()) {
        stories.attachEntity(s, added, account(by));
      }
      outcome = changes.isEmpty()
          ? new Outcome(ImportEntry.State.UNCHANGED, statusOf(files), "Uændret", s.getId())
          : new Outcome(ImportEntry.State.DONE, statusOf(files),
              "Opdateret: " + String.join(", ", changes), s.getId());
    }
    ledger.record(entryId, outcome.state(), outcome.outcome(), outcome.message(), outcome.itemId());
    return outcome;
  }

  /** A loose file becomes a package titled by the document's own title or its file name. */
  @Transactional
  public Outcome applyLooseFile(long entryId, NewFile file, Account by) {
    String title = titleFor(file);
    LearningPackage p = packages.createEntity(PackageDraft.titled(title), List.of(file), account(by), null);
    Outcome outcome = new Outcome(ImportEntry.State.DONE, statusOf(List.of(file)),
        "Oprettet: " + p.getTitle(), p.getId());
    ledger.record(entryId, outcome.state(), outcome.outcome(), outcome.message(), outcome.itemId());
    return outcome;
  }

  private String titleFor(NewFile file) {
    String metaTitle = file.content().isAlreadyStored()
        ? storedFiles.findBySha(file.content().sha256()).map(f -> f.getMetaTitle()).orElse(null)
        : file.content().metaTitle();
    if (metaTitle != null && metaTitle.strip().length() >= 3 && metaTitle.length() <= 200) {
      return metaTitle.strip();
    }
    String name = file.originalName();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    base = base.replace('_', ' ').strip();
    return base.isEmpty() ? name : base;
  }

  /** "ok" when every file was read; otherwise the first problem's status. */
  private String statusOf(List<NewFile> files) {
    for (NewFile f : files) {
      String status = f.content().isAlreadyStored()
          ? storedFiles.findBySha(f.content().sha256()).map(s -> s.getStatus().code()).orElse("ok")
          : f.content().status().code();
      if (!"ok".equals(status)) {
        return status;
      }
    }
    return "ok";
  }

  private Account account(Account by) {
    return by == null ? null : em.find(Account.class, by.getId());
  }

  private static Optional<Attachment> byName(List<Attachment> files, String name) {
    return files.stream().filter(a -> a.current().getOriginalName().equals(name)).findFirst();
  }

  private static boolean sameMetadata(LearningPackage p, PackageDraft d) {
    return Objects.equals(p.getTitle(), strip(d.title()))
        && Objects.equals(p.getSummary(), strip(d.summary()))
        && p.getAudience().code().equals(d.audience() == null ? "alle" : d.audience().strip())
        && Objects.equals(p.getUnit() == null ? null : p.getUnit().getName(), strip(d.unit()))
        && p.getLanguage().equals(d.language() == null || d.language().isBlank() ? "da" : d.language().strip())
        && slugs(p.getThemes()).equals(d.themes())
        && Objects.equals(p.getOrigin() == null ? null : p.getOrigin().getId(), d.adaptedFrom());
  }

  private static boolean sameStory(PracticeStory s, StoryDraft d) {
    return Objects.equals(s.getTitle(), strip(d.title()))
        && Objects.equals(s.getChallenge(), strip(d.challenge()))
        && Objects.equals(s.getAction(), strip(d.action()))
        && Objects.equals(s.getOutcome(), strip(d.outcome()))
        && Objects.equals(s.getArea(), strip(d.area()))
        && Objects.equals(s.getStoryDate(), d.date())
        && Objects.equals(s.getUnit() == null ? null : s.getUnit().getName(), strip(d.unit()))
        && slugs(s.getThemes()).equals(d.themes());
  }

  private static List<String> slugs(java.util.Set<Theme> themes) {
    return themes.stream().map(Theme::getSlug).collect(Collectors.toList());
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
