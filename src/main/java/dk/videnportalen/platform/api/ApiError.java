package dk.videnportalen.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The body of every error the API returns: a status, a short machine-readable code and a message
 * a person can act on. {@code details} lists per-field or per-file problems when there are any.
 */
public record ApiError(int status, String error, String message, List<String> details) {

  public static ApiError of(Response.Status status, String error, String message) {
    return new ApiError(status.getStatusCode(), error, message, List.of());
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(this).build();
  }
}
