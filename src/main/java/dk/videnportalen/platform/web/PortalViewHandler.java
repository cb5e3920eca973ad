package dk.videnportalen.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Set;

/**
 * Danish unless the visitor asked otherwise. The servlet container answers "the server's
 * default locale" when a browser sends no Accept-Language, which would be English on most
 * servers; the portal's users are Danish, so an absent preference means Danish.
 */
public class PortalViewHandler extends ViewHandlerWrapper {

  /** Cookie holding an explicit language choice ("da" or "en"). */
  public static final String LANGUAGE_COOKIE = "vp-sprog";
  static final Locale DANISH = Locale.forLanguageTag("da");

  /**
   * Pages that only read: plain links and GET forms, no JSF form, so nothing to restore.
   */
  static final Set<String> READ_ONLY_VIEWS = Set.of("/index.xhtml", "/soeg.xhtml",
      "/temaer.xhtml", "/pakker.xhtml", "/fortaellinger.xhtml", "/tilgaengelighed.xhtml",
      "/faellesskaber.xhtml", "/forloeb.xhtml", "/tekst.xhtml");

  public PortalViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  /**
   * Read-only pages keep no view state, and so start no session for an anonymous reader. They
   * are marked when the view is created: PrimeFaces' CSP support puts its script nonce in the
   * view map before the page's own tags are applied, and a view map lives in the session unless
   * the view is transient.
   */
  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && READ_ONLY_VIEWS.contains(viewId)) {
      root.setTransient(true);
    }
    return root;
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
