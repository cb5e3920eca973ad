package dk.videnportalen.catalog;

import dk.videnportalen.catalog.CatalogViews.FileView;
import dk.videnportalen.catalog.CatalogViews.ItemRef;
import dk.videnportalen.catalog.CatalogViews.PackageView;
import dk.videnportalen.catalog.CatalogViews.StoryView;
import dk.videnportalen.catalog.CatalogViews.ThemeRef;
import dk.videnportalen.catalog.CatalogViews.VersionView;
import java.util.List;

/** Builds {@link CatalogViews} from entities; call inside the transaction that loaded them. */
final class CatalogMapper {

  private CatalogMapper() {}

  static String packageUrl(long id) {
    return "/pakker/" + id;
  }

  static String storyUrl(long id) {
    return "/fortaellinger/" + id;
  }

  static String fileUrl(long attachmentId) {
    return "/api/files/" + attachmentId;
  }

  static PackageView toView(LearningPackage p, List<LearningPackage> adaptations) {
    return new PackageView(
        p.getId(),
        "package",
        p.getTitle(),
        p.getSummary(),
        p.getThemes().stream().map(ThemeRef::of).toList(),
        p.getAudience().code(),
        p.getUnit() == null ? null : p.getUnit().getName(),
        p.getLanguage(),
        p.getOrigin() == null ? null : ref(p.getOrigin()),
        adaptations.stream().map(CatalogMapper::ref).toList(),
        p.getCreatedAt(),
        p.getUpdatedAt(),
        packageUrl(p.getId()),
        p.getFiles().stream().map(CatalogMapper::toView).toList());
  }

  static ItemRef ref(LearningPackage p) {
    return new ItemRef(p.getId(), p.getTitle(), packageUrl(p.getId()));
  }

  static StoryView toView(PracticeStory s) {
    return new StoryView(
        s.getId(),
        "story",
        s.getTitle(),
        s.getUnit() == null ? null : s.getUnit().getName(),
        s.getUnit() == null ? null : s.getUnit().getKind().name(),
        s.getArea(),
        s.getStoryDate(),
        s.getChallenge(),
        s.getAction(),
        s.getOutcome(),
        s.getThemes().stream().map(ThemeRef::of).toList(),
        s.getState().name().toLowerCase(java.util.Locale.ROOT),
        s.getCreatedAt(),
        s.getUpdatedAt(),
        s.getPublishedAt(),
        storyUrl(s.getId()),
        s.getFiles().stream().map(CatalogMapper::toView).toList());
  }

  /** Where the current version's first-page image is, or null when it has none. */
  static String previewUrl(Attachment a) {
    return a.current().getStoredFile().getPreviewSha256() == null ? null
        : fileUrl(a.getId()) + "/preview";
  }

  static FileView toView(Attachment a) {
    FileVersion current = a.current();
    StoredFile f = current.getStoredFile();
    String url = fileUrl(a.getId());
    return new FileView(
        a.getId(),
        current.getOriginalName(),
        a.getTitle(),
        a.getRole().code(),
        f.getMediaType(),
        f.getSize(),
        f.getStatus().code(),
        f.getMessage(),
        f.getChars(),
        f.isTruncated(),
        f.getMetaPages(),
        f.getMetaAuthor(),
        f.getMetaLanguage(),
        current.getVersionNo(),
        url,
        previewUrl(a),
        a.getVersions().stream()
            .map(v -> new VersionView(v.getVersionNo(), v.getOriginalName(),
                v.getStoredFile().getSize(), v.getStoredFile().getMediaType(),
                v.getStoredFile().getStatus().code(), v.getUploadedAt(),
                url + "?version=" + v.getVersionNo()))
            .toList());
  }
}
