package dk.videnportalen.ingest.api;

import dk.videnportalen.ingest.IngestLimits;
import dk.videnportalen.platform.api.ApiError;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Refuses a request whose declared size exceeds what any upload could legitimately need, before
 * a byte of it is read. Each file is checked against the per-file limit as it is stored.
 */
@Provider
@PreMatching
public class UploadSizeFilter implements ContainerRequestFilter {

  private static final long MULTIPART_OVERHEAD = 1024 * 1024;

  @Inject IngestLimits limits;

  @Override
  public void filter(ContainerRequestContext request) {
    long length = declaredLength(request.getHeaderString("Content-Length"));
    long max = limits.maxBytes() * limits.maxFiles() + MULTIPART_OVERHEAD;
    if (length > max) {
      request.abortWith(new ApiError(413, "too_large",
          "Forespørgslen er for stor. Hver fil må højst være " + limits.maxBytesText() + ".",
          List.of()).toResponse());
    }
  }

  static long declaredLength(String header) {
    try {
      return header == null ? -1 : Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
