package dk.videnportalen.platform.api;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Thrown by resources and services to answer with a specific status and a clear message. */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient ApiError error;

  public ApiException(Response.Status status, String code, String message) {
    this(new ApiError(status.getStatusCode(), code, message, List.of()));
  }

  public ApiException(int status, String code, String message, List<String> details) {
    this(new ApiError(status, code, message, List.copyOf(details)));
  }

  public ApiException(ApiError error) {
    super(error.message());
    this.error = error;
  }

  public ApiError error() {
    return error;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(Response.Status.BAD_REQUEST, "bad_request", message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(Response.Status.NOT_FOUND, "not_found", message);
  }

  public static ApiException unprocessable(String message, List<String> details) {
    return new ApiException(422, "invalid", message, details);
  }
}
