package dk.videnportalen.identity.web;

import dk.videnportalen.identity.AccountView;
import dk.videnportalen.identity.CurrentUser;
import dk.videnportalen.identity.MyAccount;
import dk.videnportalen.platform.web.Pages;
import dk.videnportalen.platform.web.editor.Feedback;
import dk.videnportalen.platform.web.editor.ReturnAddress;
import dk.videnportalen.platform.web.editor.RequestParameters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;

/** {@code /konto} and {@code /konto/adgangskode}: my profile, my password, my data. */
@Named("myAccountPage")
@RequestScoped
public class MyAccountPage {

  @Inject MyAccount me;
  @Inject CurrentUser user;

  private AccountView profile;
  private String current;
  private String next;
  private String repeat;
  private String returnTo;

  @PostConstruct
  void init() {
    returnTo = RequestParameters.text("next");
  }

  public AccountView getProfile() {
    if (profile == null) {
      profile = user.username().map(me::profile).orElse(null);
    }
    return profile;
  }

  public void changePassword() throws IOException {
    if (next == null || !next.equals(repeat)) {
      Feedback.error("f:repeat", Feedback.text("account.password.mismatch"));
      return;
    }
    char[] c = current == null ? new char[0] : current.toCharArray();
    char[] n = next.toCharArray();
    boolean done = Feedback.attempt(null,
        () -> me.changePassword(user.username().orElseThrow(), c, n));
    Arrays.fill(c, '\0');
    Arrays.fill(n, '\0');
    current = null;
    next = null;
    repeat = null;
    if (done) {
      Feedback.info("account.password.changed");
      Feedback.keepForRedirect();
      String target = ReturnAddress.local(returnTo);
      Pages.redirect(target == null ? "/konto" : target);
    }
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }

  public String getReturnTo() {
    return returnTo;
  }

  public void setReturnTo(String returnTo) {
    this.returnTo = returnTo;
  }
}
