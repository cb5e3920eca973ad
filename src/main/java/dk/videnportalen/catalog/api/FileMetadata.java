package dk.videnportalen.catalog.api;

import dk.videnportalen.catalog.AttachmentRole;
import dk.videnportalen.catalog.NewFile;
import dk.videnportalen.ingest.IngestService;
import dk.videnportalen.ingest.api.MultipartUpload;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Role and title for one uploaded file, matched by its file name. */
public record FileMetadata(String name, String role, String title) {

  /** Extracts every received file, with the role and title the metadata gives it. */
  static List<NewFile> analyse(IngestService ingest, MultipartUpload.Parts received,
      List<FileMetadata> given) throws IOException {
    List<NewFile> files = new ArrayList<>();
    for (IngestService.Received r : received.files()) {
      files.add(ingest.analyse(r, roleFor(r.name(), given), titleFor(r.name(), given)));
    }
    return files;
  }

  /** The role for a file: as given in the metadata, else guessed from its name. */
  static AttachmentRole roleFor(String fileName, List<FileMetadata> given) {
    return find(fileName, given)
        .flatMap(m -> m.role() == null ? Optional.empty() : AttachmentRole.fromCode(m.role()))
        .orElseGet(() -> guess(fileName));
  }

  static String titleFor(String fileName, List<FileMetadata> given) {
    return find(fileName, given).map(FileMetadata::title).orElse(null);
  }

  private static Optional<FileMetadata> find(String fileName, List<FileMetadata> given) {
    if (given == null) {
      return Optional.empty();
    }
    return given.stream().filter(m -> fileName.equals(m.name())).findFirst();
  }

  private static AttachmentRole guess(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".pptx") || n.endsWith(".ppt") || n.endsWith(".odp") || n.endsWith(".key")
        ? AttachmentRole.DECK : AttachmentRole.OTHER;
  }
}
