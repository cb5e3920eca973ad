package dk.videnportalen.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/**
 * Danish unless the visitor asked otherwise. The servlet container answers "the server's
 * default locale" when a browser sends no Accept-Language, which would be English on most
 * servers; the portal's users are Danish, so an absent preference means Danish.
 */
public class PortalViewHandler extends ViewHandlerWrapper {

  /** Cookie holding an explicit language choice ("da" or "en"). */
  public static final String LANGUAGE_COOKIE = "vp-sprog";
  static final Locale DANISH = Locale.forLanguageTag("da");

  public PortalViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    if (external.getRequestCookieMap().get(LANGUAGE_COOKIE) instanceof Cookie cookie) {
      if ("en".equals(cookie.getValue())) {
        return Locale.ENGLISH;
      }
      if ("da".equals(cookie.getValue())) {
        return DANISH;
      }
    }
    String accept = external.getRequestHeaderMap().get("Accept-Language");
    // Danish first: a browser that lists Danish at all (even after English, as a Danish
    // colleague's English-language system often does) gets Danish.
    if (accept == null || accept.isBlank() || mentionsDanish(accept)) {
      return DANISH;
    }
    return super.calculateLocale(context);
  }

  static boolean mentionsDanish(String acceptLanguage) {
    for (String range : acceptLanguage.split(",")) {
      String tag = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
      if (tag.equals("da") || tag.startsWith("da-")) {
        return true;
      }
    }
    return false;
  }
}
