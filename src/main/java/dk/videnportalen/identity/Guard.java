package dk.videnportalen.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The permission check every REST resource and page action makes before it acts. */
@ApplicationScoped
public class Guard {

  @Inject CurrentUser user;

  /** @throws AccessDenied if the current caller may not perform {@code action} */
  public void require(Action action) {
    if (!user.may(action)) {
      throw new AccessDenied(action, user.isSignedIn());
    }
  }

  public boolean may(Action action) {
    return user.may(action);
  }
}
