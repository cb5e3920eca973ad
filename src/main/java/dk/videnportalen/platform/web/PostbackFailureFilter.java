package dk.videnportalen.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Form posts that fail before a page can answer. The JSF error pages cannot render inside a
 * failed postback: PrimeFaces' CSP mode checks the post's nonce again while the error page is
 * rendered and the visitor gets the server's bare 500. So a post whose view has expired (a tab
 * left open past the session) is sent back to the same page by GET, a post without the page's
 * nonce (not sent by the portal's own page) gets 400, and anything else gets a plain page of the
 * portal's own — never a stack trace.
 */
@WebFilter(filterName = "postbackFailures", urlPatterns = "/*")
public class PostbackFailureFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PostbackFailureFilter.class.getName());
  private static final String CSP_EXCEPTION = "org.primefaces.csp.CspException";
  static final String EXPIRED_PARAMETER = "udloebet";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    // Pages only: the REST API maps its own errors to JSON.
    if (!"POST".equals(request.getMethod())
        || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      chain.doFilter(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      answer(request, response, e);
    }
  }

  private void answer(HttpServletRequest request, HttpServletResponse response, Exception e)
      throws IOException {
    response.reset();
    if (causedBy(e, ViewExpiredException.class.getName())) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", request.getRequestURI() + "?" + EXPIRED_PARAMETER + "=1");
      return;
    }
    boolean forged = causedBy(e, CSP_EXCEPTION);
    if (forged) {
      LOG.fine(() -> "Post without the page's nonce refused: " + request.getRequestURI());
    } else {
      LOG.log(Level.SEVERE, "Form post to " + request.getRequestURI() + " failed", e);
    }
    ResourceBundle text = ResourceBundle.getBundle("dk.videnportalen.i18n.messages",
        locale(request));
    response.setStatus(forged ? HttpServletResponse.SC_BAD_REQUEST
        : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    response.setContentType("text/html;charset=UTF-8");
    String title = text.getString(forged ? "error.refused.title" : "error.title");
    String body = text.getString(forged ? "error.refused.text" : "error.text");
    PrintWriter out = response.getWriter();
    out.print("<!DOCTYPE html><html lang=\"" + locale(request).getLanguage() + "\"><head>"
        + "<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, "
        + "initial-scale=1\"><title>" + title + "</title></head><body><main><h1>" + title
        + "</h1><p>" + body + "</p><p><a href=\"" + request.getContextPath() + "/\">"
        + text.getString("error.home") + "</a></p></main></body></html>");
  }

  private static Locale locale(HttpServletRequest request) {
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (PortalViewHandler.LANGUAGE_COOKIE.equals(c.getName()) && "en".equals(c.getValue())) {
          return Locale.ENGLISH;
        }
      }
    }
    return PortalViewHandler.DANISH;
  }

  private static boolean causedBy(Throwable t, String className) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c.getClass().getName().equals(className)) {
        return true;
      }
    }
    return false;
  }
}
