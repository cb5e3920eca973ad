package dk.videnportalen.identity.api;

import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.identity.audit.AuditLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log for administrators: {@code /api/admin/audit}, filterable. */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AuditResource {

  @Inject AuditLog audit;
  @Inject Guard guard;

  @GET
  @Operation(summary = "Audit entries, newest first (filter by actor, action, target, dates)")
  public List<AuditLog.Entry> find(@QueryParam("actor") String actor,
      @QueryParam("action") String action, @QueryParam("type") String type,
      @QueryParam("target") Long target, @QueryParam("from") String from,
      @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    guard.require(Action.READ_AUDIT_LOG);
    int s = Math.max(1, Math.min(size, 200));
    return audit.find(new AuditLog.Filter(blank(actor), blank(action), blank(type), target,
        date(from), date(to) == null ? null : date(to).plusDays(1)), Math.max(0, page) * s, s);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static java.time.OffsetDateTime date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip()).atStartOfDay().atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new dk.videnportalen.platform.ValidationFailure("Datoer skrives ÅÅÅÅ-MM-DD, fx 2025-03-01.");
    }
  }
}
