package dk.videnportalen.identity.web;

import dk.videnportalen.identity.Account;
import dk.videnportalen.identity.AccountRepository;
import dk.videnportalen.identity.CurrentUser;
import dk.videnportalen.identity.SignIn;
import dk.videnportalen.identity.sso.SsoSettings;
import dk.videnportalen.platform.web.Pages;
import dk.videnportalen.platform.web.editor.Feedback;
import dk.videnportalen.platform.web.editor.ReturnAddress;
import dk.videnportalen.platform.web.editor.RequestParameters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The sign-in page ({@code /log-ind}). A failed sign-in never says whether the user name or the
 * password was wrong; a locked account is told to wait. Afterwards the person returns to the page
 * they asked for, or must first choose a password of their own.
 */
@Named("signInPage")
@RequestScoped
public class SignInPage {

  static final String CHANGE_PASSWORD = "/konto/adgangskode";

  @Inject SignIn signIn;
  @Inject SsoSettings sso;
  @Inject CurrentUser user;
  @Inject AccountRepository accounts;

  private String username;
  private String password;
  private String next;
  private String problem;

  @PostConstruct
  void init() {
    next = RequestParameters.text("next");
    problem = RequestParameters.text("fejl");
  }

  public void signIn() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    String name = accountName(username);
    SignIn.Result result;
    try {
      result = signIn.signIn((HttpServletRequest) external.getRequest(),
          (HttpServletResponse) external.getResponse(), name, password);
    } finally {
      password = null;
    }
    switch (result) {
      case SIGNED_IN -> {
        String target = ReturnAddress.local(next);
        boolean mustChange = accounts.findByUsername(name)
            .map(Account::isMustChangePassword).orElse(false);
        String path = mustChange
            ? CHANGE_PASSWORD + (target == null ? "" : "?next=" + Pages.encode(target))
            : target == null ? "/" : target;
        Pages.redirect(path);
      }
      case LOCKED -> Feedback.error(null, Feedback.text("signin.locked"));
      default -> Feedback.error(null, Feedback.text("signin.wrong"));
    }
  }

  /** People may sign in with their e-mail address instead of their user name. */
  private String accountName(String given) {
    String name = given == null ? "" : given.strip();
    if (name.contains("@") && accounts.findByUsername(name).isEmpty()) {
      return accounts.findByEmail(name).map(Account::getUsername).orElse(name);
    }
    return name;
  }

  public boolean isSsoEnabled() {
    return sso.enabled();
  }

  /** The single sign-on start address, carrying the return address along. */
  public String getSsoUrl() {
    String target = ReturnAddress.local(next);
    return "/log-ind/sso" + (target == null ? "" : "?next=" + Pages.encode(target));
  }

  public boolean isSignedIn() {
    return user.isSignedIn();
  }

  /** A message for a failed single sign-on ({@code ?fejl=sso|deaktiveret}). */
  public String getProblemText() {
    if ("deaktiveret".equals(problem)) {
      return Feedback.text("signin.deactivated");
    }
    return "sso".equals(problem) ? Feedback.text("signin.ssoFailed") : null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }
}
