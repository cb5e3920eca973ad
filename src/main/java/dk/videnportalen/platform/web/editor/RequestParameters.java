package dk.videnportalen.platform.web.editor;

import jakarta.faces.context.FacesContext;

/**
 * Reads the address's query parameters when a page bean starts. The shared page template has no
 * place for {@code f:metadata}, so the editor pages read their few parameters themselves.
 */
public final class RequestParameters {

  private RequestParameters() {}

  public static String text(String name) {
    String value = FacesContext.getCurrentInstance().getExternalContext()
        .getRequestParameterMap().get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /** A positive id, or null when absent or not a number. */
  public static Long id() {
    String value = text("id");
    if (value == null || !value.matches("[0-9]{1,18}")) {
      return null;
    }
    return Long.valueOf(value);
  }
}
