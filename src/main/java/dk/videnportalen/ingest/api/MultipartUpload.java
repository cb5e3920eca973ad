package dk.videnportalen.ingest.api;

import dk.videnportalen.ingest.IngestLimits;
import dk.videnportalen.ingest.IngestService;
import dk.videnportalen.ingest.UploadRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a multipart/form-data upload: one optional {@code metadata} part (JSON) and any number
 * of {@code file} parts. File bytes go straight to the blob store; nothing is recorded yet, so a
 * rejected request leaves no item behind.
 */
@ApplicationScoped
public class MultipartUpload {

  private static final int MAX_METADATA_BYTES = 256 * 1024;

  @Inject IngestService ingest;
  @Inject IngestLimits limits;

  private final Jsonb jsonb = JsonbBuilder.create();

  /** The parts of one request. */
  public record Parts(String metadataJson, List<IngestService.Received> files) {

    public boolean hasMetadata() {
      return metadataJson != null && !metadataJson.isBlank();
    }
  }

  public Parts read(List<EntityPart> parts) throws IOException {
    if (parts == null) {
      throw UploadRejected.malformed("Forespørgslen skal være multipart/form-data.");
    }
    String metadata = null;
    List<IngestService.Received> files = new ArrayList<>();
    for (EntityPart part : parts) {
      switch (part.getName()) {
        case "metadata" -> {
          if (metadata != null) {
            throw UploadRejected.malformed("Der må kun være én del med navnet „metadata“.");
          }
          requireJson(part);
          metadata = readText(part.getContent());
        }
        case "file" -> {
          if (files.size() >= limits.maxFiles()) {
            throw UploadRejected.tooLarge("Højst " + limits.maxFiles() + " filer pr. forespørgsel.");
          }
          files.add(ingest.store(part.getContent(), part.getFileName().orElse("fil")));
        }
        default -> throw UploadRejected.malformed("Ukendt del „" + part.getName()
            + "“. Brug „metadata“ (JSON) og „file“.");
      }
    }
    return new Parts(metadata, files);
  }

  /** Binds the metadata part to {@code type}; malformed JSON is a 400. */
  public <T> T bind(Parts parts, Class<T> type) {
    if (!parts.hasMetadata()) {
      throw UploadRejected.malformed("Delen „metadata“ (JSON) mangler.");
    }
    try {
      T value = jsonb.fromJson(parts.metadataJson(), type);
      if (value == null) {
        throw UploadRejected.malformed("Delen „metadata“ er tom.");
      }
      return value;
    } catch (JsonbException e) {
      throw UploadRejected.malformed("Delen „metadata“ er ikke gyldig JSON i det forventede format.");
    }
  }

  private static void requireJson(EntityPart part) {
    MediaType type = part.getMediaType();
    if (type != null && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        && !type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
      throw UploadRejected.unsupported("Delen „metadata“ skal være application/json.");
    }
  }

  private static String readText(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_METADATA_BYTES + 1);
    if (bytes.length > MAX_METADATA_BYTES) {
      throw UploadRejected.tooLarge("Delen „metadata“ er for stor.");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
