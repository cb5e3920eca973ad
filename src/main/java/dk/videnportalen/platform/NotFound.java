package dk.videnportalen.platform;

/** The thing asked for does not exist (or the caller may not know that it does). */
public class NotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFound(String message) {
    super(message);
  }
}
