package dk.videnportalen.identity.web;

import dk.videnportalen.identity.Account;
import dk.videnportalen.identity.CurrentUser;
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

/**
 * Someone signed in with a one-time password (invited, or reset by an administrator) sees only
 * the password page until they have chosen their own; the REST API refuses their writes the same
 * way ({@code ApiWriteProtection}).
 */
@WebFilter(filterName = "passwordGate", urlPatterns = {"/redaktion/*", "/admin/*", "/konto/*"})
public class PasswordGate extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser user;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith(SignInPage.CHANGE_PASSWORD) && user.isSignedIn()
        && user.account().map(Account::isMustChangePassword).orElse(false)) {
      String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      response.sendRedirect(request.getContextPath() + SignInPage.CHANGE_PASSWORD + "?next="
          + URLEncoder.encode(back, StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }
}
