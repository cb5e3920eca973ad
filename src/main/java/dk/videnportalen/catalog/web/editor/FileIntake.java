package dk.videnportalen.catalog.web.editor;

import dk.videnportalen.catalog.AttachmentRole;
import dk.videnportalen.catalog.NewFile;
import dk.videnportalen.ingest.IngestService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** Receives files from the upload component and prepares held files for attaching. */
@ApplicationScoped
public class FileIntake {

  @Inject IngestService ingest;

  /** Stores one uploaded file's bytes (refused if larger than the limit). */
  public HeldFile hold(UploadedFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return HeldFile.of(ingest.store(in, file.getFileName()));
    }
  }

  /** Extracts the held files; refused as a whole if one of them is a program. */
  public List<NewFile> analyse(List<HeldFile> held) throws IOException {
    List<NewFile> files = new ArrayList<>();
    for (HeldFile h : held) {
      files.add(ingest.analyse(h.received(), AttachmentRole.OTHER, null));
    }
    return files;
  }
}
