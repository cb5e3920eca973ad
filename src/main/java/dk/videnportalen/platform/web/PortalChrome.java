package dk.videnportalen.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the page frame needs beyond the bundle: which section is current and the language
 * switch's link back to the very page the visitor is on (path and query as they typed it, even
 * when FacesViews forwarded the request to a view).
 */
@Named("chrome")
@RequestScoped
public class PortalChrome {

  private static final String THEME = "saga";

  @Inject HttpServletRequest request;

  /** The path as the visitor requested it, without the context path, plus its query. */
  public String getCurrentPath() {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    Object error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = error != null ? error.toString()
        : forwarded != null ? forwarded.toString() : request.getRequestURI();
    String query = error != null ? null
        : forwarded != null ? (String) forwardedQuery : request.getQueryString();
    String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    if (path.endsWith(".xhtml")) {
      path = path.substring(0, path.length() - ".xhtml".length());
    }
    if (path.equals("/index")) {
      path = "/";
    }
    return path + (query == null ? "" : "?" + query);
  }

  /** The first path segment, e.g. "soeg" or "temaer", for marking the current menu item. */
  public String getSection() {
    String path = getCurrentPath();
    int end = path.indexOf('/', 1);
    int q = path.indexOf('?');
    int stop = end < 0 ? (q < 0 ? path.length() : q) : (q < 0 ? end : Math.min(end, q));
    return path.substring(1, Math.max(1, stop));
  }

  /**
   * PrimeFaces' theme for this page (web.xml's primefaces.THEME): none on the read-only pages,
   * which use no PrimeFaces component and are styled by portal.css alone, so a first visit does
   * not fetch the theme's CSS; the editor pages and the sign-in form keep it.
   */
  public String getPrimeFacesTheme() {
    UIViewRoot root = FacesContext.getCurrentInstance().getViewRoot();
    return root != null && PortalViewHandler.READ_ONLY_VIEWS.contains(root.getViewId())
        ? "none" : THEME;
  }

  /** The other language's code: "en" on a Danish page, "da" on an English one. */
  public String getOtherLanguage() {
    FacesContext context = FacesContext.getCurrentInstance();
    return "en".equals(context.getViewRoot().getLocale().getLanguage()) ? "da" : "en";
  }

  public String getLanguageLink() {
    return request.getContextPath() + "/sprog?l=" + getOtherLanguage() + "&next="
        + Pages.encode(getCurrentPath());
  }
}
