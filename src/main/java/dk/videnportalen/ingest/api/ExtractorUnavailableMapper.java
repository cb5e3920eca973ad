package dk.videnportalen.ingest.api;

import dk.videnportalen.ingest.extraction.ExtractorUnavailableException;
import dk.videnportalen.platform.api.ApiError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The extraction workers cannot start (a broken installation, not a bad file): 503, so clients
 * retry later; nothing of the upload was recorded.
 */
@Provider
public class ExtractorUnavailableMapper implements ExceptionMapper<ExtractorUnavailableException> {

  private static final Logger LOG = Logger.getLogger(ExtractorUnavailableMapper.class.getName());

  @Override
  public Response toResponse(ExtractorUnavailableException e) {
    LOG.log(Level.SEVERE, "Text extraction is unavailable", e);
    return Response.fromResponse(new ApiError(503, "extraction_unavailable",
            "Tekstudtræk er midlertidigt utilgængeligt. Prøv igen om lidt; intet er gemt.",
            List.of()).toResponse())
        .header("Retry-After", "30")
        .build();
  }
}
