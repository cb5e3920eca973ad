package dk.videnportalen.identity.sso;

import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Single sign-on: {@code /log-ind/sso} sends the browser to the identity provider (authorization
 * code flow with state, nonce and PKCE); {@code /log-ind/sso/callback} checks the answer,
 * exchanges the code for tokens, validates the ID token, finds or creates the account and signs
 * the person in through the portal's authentication mechanism. Anything unexpected ends on the
 * sign-in page with a plain message, never a stack trace.
 */
@WebServlet(urlPatterns = {"/log-ind/sso", "/log-ind/sso/callback"})
public class SsoServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SsoServlet.class.getName());
  private static final String STATE = "dk.videnportalen.sso.state";
  private static final String NONCE = "dk.videnportalen.sso.nonce";
  private static final String VERIFIER = "dk.videnportalen.sso.verifier";
  private static final String NEXT = "dk.videnportalen.sso.next";

  @Inject SsoSettings settings;
  @Inject SsoProvider provider;
  @Inject SsoAccounts accounts;
  @Inject SecurityContext security;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!settings.enabled()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      if (request.getServletPath().endsWith("/callback")) {
        callback(request, response);
      } else {
        start(request, response);
      }
    } catch (IOException | RuntimeException | com.nimbusds.oauth2.sdk.ParseException
        | com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException
        | java.text.ParseException e) {
      LOG.log(Level.WARNING, "Single sign-on failed: " + e.getMessage(), e);
      fail(request, response);
    }
  }

  private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OIDCProviderMetadata metadata = provider.metadata();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    HttpSession session = request.getSession(true);
    session.setAttribute(STATE, state.getValue());
    session.setAttribute(NONCE, nonce.getValue());
    session.setAttribute(VERIFIER, verifier.getValue());
    session.setAttribute(NEXT, safeNext(request.getParameter("next")));
    AuthenticationRequest authorize = new AuthenticationRequest.Builder(
            new ResponseType("code"), Scope.parse(settings.scopes()),
            new ClientID(settings.clientId()), redirectUri(request))
        .endpointURI(metadata.getAuthorizationEndpointURI())
        .state(state)
        .nonce(nonce)
        .codeChallenge(verifier, CodeChallengeMethod.S256)
        .build();
    response.sendRedirect(authorize.toURI().toString());
  }

  private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException,
      com.nimbusds.oauth2.sdk.ParseException, com.nimbusds.jose.JOSEException,
      com.nimbusds.jose.proc.BadJOSEException, java.text.ParseException {
    HttpSession session = request.getSession(false);
    if (session == null || session.getAttribute(STATE) == null) {
      throw new IllegalStateException("No sign-in is in progress in this session");
    }
    String expectedState = (String) session.getAttribute(STATE);
    Nonce nonce = new Nonce((String) session.getAttribute(NONCE));
    CodeVerifier verifier = new CodeVerifier((String) session.getAttribute(VERIFIER));
    String next = (String) session.getAttribute(NEXT);
    session.removeAttribute(STATE);
    session.removeAttribute(NONCE);
    session.removeAttribute(VERIFIER);
    session.removeAttribute(NEXT);

    AuthenticationResponse answer = AuthenticationResponseParser.parse(URI.create(
        request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())));
    if (!answer.indicatesSuccess()) {
      throw new IllegalStateException("The identity provider refused: "
          + answer.toErrorResponse().getErrorObject().getDescription());
    }
    AuthenticationSuccessResponse success = answer.toSuccessResponse();
    if (success.getState() == null || !expectedState.equals(success.getState().getValue())) {
      throw new IllegalStateException("The sign-in answer's state does not match");
    }
    AuthorizationCode code = success.getAuthorizationCode();
    OIDCProviderMetadata metadata = provider.metadata();
    AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, redirectUri(request), verifier);
    TokenRequest tokenRequest = settings.clientSecret().isPresent()
        ? new TokenRequest(metadata.getTokenEndpointURI(),
            new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret().get())),
            grant, null)
        : new TokenRequest(metadata.getTokenEndpointURI(), new ClientID(settings.clientId()), grant);
    TokenResponse tokens = OIDCTokenResponseParser.parse(tokenRequest.toHTTPRequest().send());
    if (!tokens.indicatesSuccess()) {
      throw new IllegalStateException("The token request was refused: "
          + tokens.toErrorResponse().getErrorObject().getDescription());
    }
    JWT idToken = ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken();
    IDTokenClaimsSet claims = provider.validator().validate(idToken, nonce);
    ClaimMapping.SsoPerson person = settings.claimMapping().map(claims.getSubject().getValue(),
        idToken.getJWTClaimsSet().getClaims());
    Optional<String> username = accounts.signIn(person);
    if (username.isEmpty()) {
      LOG.warning(() -> "Single sign-on refused for the deactivated account of " + person.username());
      response.sendRedirect(request.getContextPath() + "/log-ind?fejl=deaktiveret");
      return;
    }
    AuthenticationStatus status = security.authenticate(request, response,
        AuthenticationParameters.withParams().credential(new SsoCredential(username.get()))
            .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      throw new IllegalStateException("The portal did not accept the single sign-on");
    }
    response.sendRedirect(request.getContextPath() + (next == null ? "/" : next));
  }

  private URI redirectUri(HttpServletRequest request) {
    return settings.redirectUri().map(URI::create).orElseGet(() -> {
      StringBuilder url = new StringBuilder();
      url.append(request.getScheme()).append("://").append(request.getServerName());
      int port = request.getServerPort();
      if (!(port == 80 && "http".equals(request.getScheme()))
          && !(port == 443 && "https".equals(request.getScheme()))) {
        url.append(':').append(port);
      }
      return URI.create(url + request.getContextPath() + "/log-ind/sso/callback");
    });
  }

  /** Only local paths: "/x", never "//host" or "http://…", so the sign-in cannot redirect away. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
        || next.length() > 500) {
      return null;
    }
    return next;
  }

  private static void fail(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!response.isCommitted()) {
      response.sendRedirect(request.getContextPath() + "/log-ind?fejl=sso");
    }
  }
}
