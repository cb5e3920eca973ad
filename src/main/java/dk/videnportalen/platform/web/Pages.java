package dk.videnportalen.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalLong;
import org.omnifaces.util.FacesLocal;

/** Small helpers the page beans share. */
public final class Pages {

  private Pages() {}

  /** Ends the request with the portal's 404 page. */
  public static void notFound() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /** A text from the page bundle ({@code msg}), or {@code fallback} if there is no such key. */
  public static String text(String key, String fallback) {
    FacesContext context = FacesContext.getCurrentInstance();
    java.util.ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
    return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }

  /**
   * A query parameter of the current request, or null when absent or empty. (Read directly:
   * OmniFaces' injected {@code @Param} looked up the bean manager for every field of every
   * request, a measurable share of a page's time.)
   */
  public static String param(String name) {
    String value = FacesContext.getCurrentInstance().getExternalContext()
        .getRequestParameterMap().get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /** The first path segment after the page's own address ({@code /pakker/16} → "16"), or null. */
  public static String pathSegment() {
    String info = FacesLocal.getRequestPathInfo(FacesContext.getCurrentInstance());
    if (info == null || info.length() < 2) {
      return null;
    }
    String rest = info.substring(1);
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  /** A positive id from a path or query parameter, or empty for anything else. */
  public static OptionalLong id(String text) {
    if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    long id = Long.parseLong(text);
    return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
  }

  /** A small non-negative number from a parameter, or {@code fallback}. */
  public static int number(String text, int fallback, int max) {
    if (text == null || text.isEmpty() || text.length() > 6 || !text.chars().allMatch(Character::isDigit)) {
      return fallback;
    }
    return Math.min(Integer.parseInt(text), max);
  }

  /** A value for a URL query parameter. */
  public static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** {@link #redirect}, for callers that cannot throw {@link IOException}. */
  public static void redirectQuietly(String path) {
    try {
      redirect(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends the browser to {@code path} (below the portal's context path) and ends the request. */
  public static void redirect(String path) throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
    context.responseComplete();
  }
}
