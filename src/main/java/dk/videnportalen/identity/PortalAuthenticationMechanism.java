package dk.videnportalen.identity;

import dk.videnportalen.identity.sso.SsoCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * How callers prove who they are, on every request:
 *
 * <ul>
 *   <li>single sign-on ({@code identity.sso}) hands over an account the identity provider proved;
 *   <li>the sign-in page calls {@code SecurityContext.authenticate} with a user name and password;
 *       on success the session id is renewed (no session fixation) and the user name kept in it;
 *   <li>a request in a signed-in session is authenticated from the session, after checking that
 *       the account still exists and is active, so deactivation takes effect at once;
 *   <li>API clients send HTTP Basic with every request (over TLS in production); nothing is kept
 *       in a session for them;
 *   <li>anything else continues anonymously; every action checks its permission ({@link Guard}).
 * </ul>
 *
 * Sign-in attempts by password pass through {@link LoginThrottle} first.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());
  static final String REALM = "Videnportalen";
  /** Session attribute holding the signed-in user name. */
  static final String SESSION_USER = "dk.videnportalen.user";
  /** Request attribute telling the sign-in page why a sign-in failed. */
  public static final String OUTCOME = "dk.videnportalen.signInOutcome";

  /** Why a password sign-in did not succeed. */
  public enum Outcome { WRONG_CREDENTIALS, LOCKED }

  @Inject IdentityStoreHandler identityStores;
  @Inject LoginThrottle throttle;
  @Inject AccountRepository accounts;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request,
      HttpServletResponse response, HttpMessageContext context) {
    try {
      return authenticate(request, response, context);
    } catch (RuntimeException e) {
      // E.g. the database is briefly unavailable: say so plainly rather than fail with a bare 500.
      LOG.log(Level.WARNING, "Authentication could not be completed", e);
      return fail(response, 503, "Log-ind er midlertidigt utilgængeligt. Prøv igen om lidt.",
          Duration.ofSeconds(5));
    }
  }

  private AuthenticationStatus authenticate(HttpServletRequest request,
      HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential c) {
      return signIn(request, context, c);
    }
    if (context.isAuthenticationRequest() && credential instanceof SsoCredential sso) {
      Optional<Account> account = accounts.findByUsername(sso.username()).filter(Account::isActive);
      if (account.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      startSession(request, account.get().getUsername());
      return context.notifyContainerAboutLogin(account.get().getUsername(), groups(account.get()));
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(request, response, context, header.substring(6).strip());
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) instanceof String name) {
      Optional<Account> account = accounts.findByUsername(name).filter(Account::isActive);
      if (account.isPresent()) {
        return context.notifyContainerAboutLogin(name, groups(account.get()));
      }
      session.removeAttribute(SESSION_USER);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
      UsernamePasswordCredential credential) {
    String address = request.getRemoteAddr();
    if (locked(credential.getCaller()).isPresent()) {
      request.setAttribute(OUTCOME, Outcome.LOCKED);
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      recordFailure(credential.getCaller(), address);
      request.setAttribute(OUTCOME, Outcome.WRONG_CREDENTIALS);
      return AuthenticationStatus.SEND_FAILURE;
    }
    recordSuccess(result.getCallerPrincipal().getName());
    startSession(request, result.getCallerPrincipal().getName());
    return context.notifyContainerAboutLogin(result);
  }

  /** A new session id at sign-in, so a session id planted before it is worthless after. */
  private static void startSession(HttpServletRequest request, String username) {
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(SESSION_USER, username);
  }

  private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context, String token) {
    String[] userAndPassword = decode(token);
    if (userAndPassword == null) {
      return fail(response, 401, "Ugyldig Authorization-header.", null);
    }
    String address = request.getRemoteAddr();
    Optional<Duration> wait = locked(userAndPassword[0]);
    if (wait.isPresent()) {
      return fail(response, 429, "For mange mislykkede forsøg. Prøv igen om "
          + Math.max(1, wait.get().toMinutes()) + " minutter.", wait.get());
    }
    CredentialValidationResult result = identityStores.validate(
        new UsernamePasswordCredential(userAndPassword[0], userAndPassword[1]));
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    recordFailure(userAndPassword[0], address);
    return fail(response, 401, "Forkert brugernavn eller adgangskode.", null);
  }

  private Optional<Duration> locked(String username) {
    try {
      return throttle.lockedFor(username);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sign-in throttle unavailable", e);
      return Optional.empty();
    }
  }

  private void recordFailure(String username, String address) {
    Duration delay = Duration.ZERO;
    try {
      delay = throttle.failed(username, address);
    } catch (RuntimeException e) {
      // Two failures for one key at the same moment; one of them was counted.
      LOG.log(Level.FINE, "Concurrent sign-in failure not counted", e);
    }
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void recordSuccess(String username) {
    try {
      throttle.succeeded(username);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not reset the sign-in counter", e);
    }
  }

  private static Set<String> groups(Account account) {
    return account.getRoles().stream().map(Role::name).collect(Collectors.toSet());
  }

  static String[] decode(String token) {
    try {
      String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0 || decoded.length() > 1024) {
        return null;
      }
      return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static AuthenticationStatus fail(HttpServletResponse response, int status,
      String message, Duration retryAfter) {
    try {
      response.setStatus(status);
      if (status == 401) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
      }
      if (retryAfter != null) {
        response.setHeader("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds())));
      }
      response.setContentType("application/json;charset=UTF-8");
      String error = switch (status) {
        case 429 -> "too_many_attempts";
        case 503 -> "unavailable";
        default -> "unauthorized";
      };
      response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error
          + "\",\"message\":\"" + message + "\",\"details\":[]}");
    } catch (IOException e) {
      // The client went away; nothing more to tell it.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
