package dk.videnportalen.platform.web;

import dk.videnportalen.platform.web.PortalViewHandler;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /sprog?l=en&next=/soeg?q=…}: remembers the visitor's language in the {@code vp-sprog}
 * cookie (read by {@link PortalViewHandler}) and goes back to the page. Only paths on this site
 * are accepted as {@code next}, so the switch cannot be used to send people elsewhere.
 */
@WebServlet(urlPatterns = "/sprog")
public class LanguageSwitch extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String language = "en".equals(request.getParameter("l")) ? "en" : "da";
    Cookie cookie = new Cookie(PortalViewHandler.LANGUAGE_COOKIE, language);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(request.getContextPath() + safeNext(request.getParameter("next")));
  }

  /** A local path, never "//host" or "/\host" or a scheme. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
        || next.length() > 2000 || next.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return next;
  }
}
