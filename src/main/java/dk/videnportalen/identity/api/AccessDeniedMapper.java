package dk.videnportalen.identity.api;

import dk.videnportalen.identity.AccessDenied;
import dk.videnportalen.platform.api.ApiError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** 401 with a Basic challenge for anonymous callers, 403 for signed-in ones. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDenied> {

  @Override
  public Response toResponse(AccessDenied e) {
    if (!e.signedIn()) {
      return Response.fromResponse(new ApiError(401, "unauthorized",
              "Log ind for at fortsætte (HTTP Basic med en konto på portalen).", List.of())
              .toResponse())
          .header("WWW-Authenticate", "Basic realm=\"Videnportalen\", charset=\"UTF-8\"")
          .build();
    }
    return new ApiError(403, "forbidden", "Din konto har ikke adgang til denne handling.",
        List.of()).toResponse();
  }
}
