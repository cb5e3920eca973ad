package dk.videnportalen.identity.api;

import dk.videnportalen.identity.Account;
import dk.videnportalen.identity.CurrentUser;
import dk.videnportalen.platform.api.ApiError;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Every REST write must come from a signed-in caller and not from another site, and a caller with
 * a one-time password must change it before changing anything else. Checked before
 * the body is read: an anonymous 100 MB upload is refused at once, and a form on another site
 * cannot make a browser that holds cached Basic credentials post to the API (cross-site request
 * forgery), since browsers mark such requests with Origin and Sec-Fetch-Site.
 */
@Provider
@PreMatching
public class ApiWriteProtection implements ContainerRequestFilter {

  @Inject CurrentUser user;

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Override
  public void filter(ContainerRequestContext request) {
    if (!WRITES.contains(request.getMethod())) {
      return;
    }
    if (isCrossSite(request)) {
      request.abortWith(new ApiError(403, "cross_site",
          "Forespørgsler fra andre websteder afvises.", List.of()).toResponse());
      return;
    }
    if (request.getSecurityContext().getUserPrincipal() == null) {
      request.abortWith(Response.fromResponse(new ApiError(401, "unauthorized",
              "Log ind for at ændre indhold (HTTP Basic med en konto på portalen).", List.of())
              .toResponse())
          .header("WWW-Authenticate", "Basic realm=\"Videnportalen\", charset=\"UTF-8\"")
          .build());
      return;
    }
    boolean changingPassword = request.getUriInfo().getPath().endsWith("me/password");
    if (!changingPassword && user.account().map(Account::isMustChangePassword).orElse(false)) {
      request.abortWith(new ApiError(403, "password_change_required",
          "Skift din midlertidige adgangskode først (POST /api/me/password).", List.of())
          .toResponse());
    }
  }

  static boolean isCrossSite(ContainerRequestContext request) {
    String fetchSite = request.getHeaderString("Sec-Fetch-Site");
    if ("cross-site".equalsIgnoreCase(fetchSite)) {
      return true;
    }
    String origin = request.getHeaderString("Origin");
    if (origin == null || origin.isBlank() || "null".equals(origin)) {
      return "null".equals(origin);
    }
    URI target = request.getUriInfo().getRequestUri();
    try {
      URI from = URI.create(origin.strip());
      return !(sameText(from.getScheme(), target.getScheme())
          && sameText(from.getHost(), target.getHost())
          && port(from) == port(target));
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  private static boolean sameText(String a, String b) {
    return a != null && a.equalsIgnoreCase(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
