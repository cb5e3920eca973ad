package dk.videnportalen.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception that reaches the REST layer into an {@link ApiError}. */
public final class ApiExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

  private ApiExceptionMappers() {}

  /** Errors we raised on purpose. */
  @Provider
  public static class ForApiException implements ExceptionMapper<ApiException> {
    @Override
    public Response toResponse(ApiException e) {
      return e.error().toResponse();
    }
  }

  /** Input the caller must correct. */
  @Provider
  public static class ForValidationFailure
      implements ExceptionMapper<dk.videnportalen.platform.ValidationFailure> {
    @Override
    public Response toResponse(dk.videnportalen.platform.ValidationFailure e) {
      return new ApiError(422, "invalid", "Oplysningerne er ikke gyldige.", e.problems())
          .toResponse();
    }
  }

  /** Something that does not exist. */
  @Provider
  public static class ForNotFound implements ExceptionMapper<dk.videnportalen.platform.NotFound> {
    @Override
    public Response toResponse(dk.videnportalen.platform.NotFound e) {
      return ApiError.of(Response.Status.NOT_FOUND, "not_found", e.getMessage()).toResponse();
    }
  }

  /** Bean Validation failures on resource parameters: 422 with one line per violation. */
  @Provider
  public static class ForConstraintViolation
      implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<String> details = e.getConstraintViolations().stream()
          .map(ConstraintViolation::getMessage)
          .sorted()
          .toList();
      return new ApiError(422, "invalid", "Forespørgslen er ikke gyldig.", details).toResponse();
    }
  }

  /** Malformed JSON bodies. */
  @Provider
  public static class ForJsonb implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return ApiError.of(Response.Status.BAD_REQUEST, "bad_json",
          "Indholdet er ikke gyldig JSON.").toResponse();
    }
  }

  /** Status exceptions from JAX-RS itself (404, 405, 406, 415 …), with our JSON body. */
  @Provider
  public static class ForWebApplication implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response.StatusType status = e.getResponse().getStatusInfo();
      if (status.getStatusCode() >= 500) {
        return ForAnything.incident(e);
      }
      String message = switch (status.getStatusCode()) {
        case 401 -> "Log ind for at fortsætte.";
        case 403 -> "Du har ikke adgang til denne handling.";
        case 404 -> "Ressourcen findes ikke.";
        case 405 -> "Metoden understøttes ikke her.";
        case 406 -> "Svaret kan ikke leveres i det ønskede format.";
        case 413 -> "Forespørgslen er for stor.";
        case 415 -> "Indholdstypen understøttes ikke.";
        default -> "Forespørgslen kunne ikke behandles.";
      };
      Response.ResponseBuilder builder = Response.fromResponse(e.getResponse())
          .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase()
              .toLowerCase(java.util.Locale.ROOT).replace(' ', '_'), message, List.of()))
          .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE);
      return builder.build();
    }
  }

  /** Anything else is our bug: log it with an incident id and tell the caller only the id. */
  @Provider
  public static class ForAnything implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      return incident(e);
    }

    static Response incident(Throwable e) {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "Unhandled error in the REST API, incident " + incident, e);
      return new ApiError(500, "internal_error",
          "Der opstod en uventet fejl (hændelse " + incident + "). Prøv igen.",
          List.of()).toResponse();
    }
  }
}
