package dk.videnportalen.catalog;

/** A file to attach to an item: the uploaded name, its role and title, and its content. */
public record NewFile(String originalName, AttachmentRole role, String title, FileContent content) {

  public NewFile {
    if (originalName == null || originalName.isBlank()) {
      originalName = "fil";
    }
    originalName = originalName.strip();
    if (originalName.length() > 500) {
      originalName = originalName.substring(0, 500);
    }
    role = role == null ? AttachmentRole.OTHER : role;
  }
}
