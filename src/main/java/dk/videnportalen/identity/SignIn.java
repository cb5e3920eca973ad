package dk.videnportalen.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Signing in and out from the pages. */
@ApplicationScoped
public class SignIn {

  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

  @Inject SecurityContext security;

  /** What became of a sign-in. */
  public enum Result { SIGNED_IN, WRONG_CREDENTIALS, LOCKED }

  public Result signIn(HttpServletRequest request, HttpServletResponse response, String username,
      String password) {
    AuthenticationStatus status = security.authenticate(request, response,
        AuthenticationParameters.withParams()
            .credential(new UsernamePasswordCredential(
                username == null ? "" : username.strip(),
                new Password(password == null ? "" : password)))
            .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      return Result.SIGNED_IN;
    }
    return request.getAttribute(PortalAuthenticationMechanism.OUTCOME)
        == PortalAuthenticationMechanism.Outcome.LOCKED ? Result.LOCKED : Result.WRONG_CREDENTIALS;
  }

  public void signOut(HttpServletRequest request) {
    try {
      request.logout();
    } catch (ServletException e) {
      LOG.log(Level.FINE, "Logout", e);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
