package dk.videnportalen.identity;

/** The caller may not perform an action: 401 when anonymous, 403 when signed in. */
public class AccessDenied extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final boolean signedIn;
  private final Action action;

  public AccessDenied(Action action, boolean signedIn) {
    super((signedIn ? "Forbidden: " : "Not signed in: ") + action);
    this.action = action;
    this.signedIn = signedIn;
  }

  public boolean signedIn() {
    return signedIn;
  }

  public Action action() {
    return action;
  }
}
