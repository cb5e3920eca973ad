package dk.videnportalen.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries. Pages get their script policy (with per-request nonces) from
 * PrimeFaces' CSP mode; this filter adds what holds for every response: no framing by other
 * sites, no MIME sniffing, no referrer to other sites, no powerful browser features, and HSTS
 * once the portal is reached over TLS. Browsers enforce every CSP header a response carries, so
 * the frame and base-uri policy here adds to PrimeFaces' script policy rather than replacing it.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String FRAME_AND_FORMS =
      "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.addHeader("Content-Security-Policy", FRAME_AND_FORMS);
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }
}
