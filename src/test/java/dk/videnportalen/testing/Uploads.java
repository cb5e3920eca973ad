package dk.videnportalen.testing;

import dk.videnportalen.testing.PortalClient.Multipart;
import dk.videnportalen.testing.PortalClient.Reply;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.UUID;

/** Creating packages through the REST API, as an editor's script would. */
public final class Uploads {

  private Uploads() {}

  /** A title no other test uses. */
  public static String uniqueTitle(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  public static Reply createPackage(PortalClient editor, String metadataJson, Path... files) {
    Multipart body = new Multipart().json("metadata", metadataJson);
    for (Path f : files) {
      body.file("file", f);
    }
    return editor.postMultipart("/api/packages", body);
  }

  /** Creates a package with one file given as bytes; fails the test unless 201. */
  public static JsonObject createPackage(PortalClient editor, String title, String fileName,
      byte[] content) {
    Reply r = editor.postMultipart("/api/packages", new Multipart()
        .json("metadata", "{\"title\":" + Json.quote(title) + "}")
        .file("file", fileName, "application/octet-stream", content));
    if (r.status() != 201) {
      throw new AssertionError("expected 201, got " + r);
    }
    return r.json();
  }
}
