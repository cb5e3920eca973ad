package dk.videnportalen.platform.web.editor;

import dk.videnportalen.identity.Account;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.CurrentUser;
import dk.videnportalen.identity.SignIn;
import dk.videnportalen.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The navigation of the signed-in sections: which links a person sees follows the permission
 * matrix, so nobody is offered a page the server would refuse. Also signs out (POST only).
 */
@Named("sectionNav")
@RequestScoped
public class SectionNav {

  @Inject CurrentUser user;
  @Inject SignIn signIn;

  public boolean isSignedIn() {
    return user.isSignedIn();
  }

  public String getDisplayName() {
    return user.account().map(Account::getDisplayName).orElse("");
  }

  public boolean may(String action) {
    return user.may(Action.valueOf(action));
  }

  public boolean isEditor() {
    return user.may(Action.CREATE_PACKAGE);
  }

  public boolean isAdmin() {
    return user.may(Action.ADMINISTER_USERS);
  }

  /** Ends the session and returns to the front page. */
  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    signIn.signOut((HttpServletRequest) external.getRequest());
    Pages.redirect("/");
  }
}
