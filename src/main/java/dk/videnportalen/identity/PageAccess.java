package dk.videnportalen.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The first line of the page permissions: editors' pages under {@code /redaktion}, admin pages
 * under {@code /admin} and the account pages under {@code /konto}. Anonymous visitors are sent to
 * the sign-in page and come back afterwards; signed-in people without the permission get 403.
 * Every action on those pages checks its permission again on the server ({@link Guard}).
 */
@WebFilter(filterName = "pageAccess", urlPatterns = {"/redaktion/*", "/admin/*", "/konto/*"})
public class PageAccess extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String SIGN_IN = "/log-ind";

  /** The permission a section's pages need; /konto only needs a signed-in user. */
  static final Map<String, Action> SECTIONS = Map.of(
      "/redaktion", Action.CREATE_PACKAGE,
      "/admin", Action.ADMINISTER_USERS);

  @Inject CurrentUser user;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!user.isSignedIn()) {
      String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      response.sendRedirect(request.getContextPath() + SIGN_IN + "?next="
          + URLEncoder.encode(back, StandardCharsets.UTF_8));
      return;
    }
    for (Map.Entry<String, Action> section : SECTIONS.entrySet()) {
      if ((path.equals(section.getKey()) || path.startsWith(section.getKey() + "/"))
          && !user.may(section.getValue())) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
