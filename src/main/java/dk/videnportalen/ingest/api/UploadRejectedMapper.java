package dk.videnportalen.ingest.api;

import dk.videnportalen.ingest.UploadRejected;
import dk.videnportalen.platform.api.ApiError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** 400, 413 or 415 with the reason, in the API's error format. */
@Provider
public class UploadRejectedMapper implements ExceptionMapper<UploadRejected> {

  @Override
  public Response toResponse(UploadRejected e) {
    return new ApiError(e.status(), e.code(), e.getMessage(), List.of()).toResponse();
  }
}
