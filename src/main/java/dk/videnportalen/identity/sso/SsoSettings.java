package dk.videnportalen.identity.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single sign-on settings. Everything is optional: without an issuer the portal offers only its
 * own accounts. See the configuration table in README.md.
 */
@ApplicationScoped
public class SsoSettings {

  @Inject
  @ConfigProperty(name = "portal.oidc.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "videnportalen")
  String clientId;

  @Inject
  @ConfigProperty(name = "portal.oidc.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "portal.oidc.redirect-uri")
  Optional<String> redirectUri;

  @Inject
  @ConfigProperty(name = "portal.oidc.scopes", defaultValue = "openid profile email")
  String scopes;

  @Inject
  @ConfigProperty(name = "portal.oidc.claim.username", defaultValue = "preferred_username")
  String usernameClaim;

  @Inject
  @ConfigProperty(name = "portal.oidc.claim.unit", defaultValue = "unit")
  String unitClaim;

  @Inject
  @ConfigProperty(name = "portal.oidc.claim.unit-kind", defaultValue = "unit_kind")
  String unitKindClaim;

  @Inject
  @ConfigProperty(name = "portal.oidc.claim.roles", defaultValue = "roles")
  String rolesClaim;

  @Inject
  @ConfigProperty(name = "portal.oidc.role-map",
      defaultValue = "medarbejder=STAFF,leder=LEADER,redaktoer=EDITOR,laeringspartner=EDITOR,admin=ADMIN")
  String roleMap;

  public boolean enabled() {
    return issuer.filter(i -> !i.isBlank()).isPresent();
  }

  public String issuer() {
    return issuer.orElseThrow();
  }

  public String clientId() {
    return clientId;
  }

  public Optional<String> clientSecret() {
    return clientSecret.filter(s -> !s.isBlank());
  }

  public Optional<String> redirectUri() {
    return redirectUri.filter(s -> !s.isBlank());
  }

  public String scopes() {
    return scopes;
  }

  /** How claims become account fields. */
  public ClaimMapping claimMapping() {
    return new ClaimMapping(usernameClaim, unitClaim, unitKindClaim, rolesClaim, parse(roleMap));
  }

  /** "a=STAFF,b=EDITOR" → {a: STAFF, b: EDITOR}, keys lower-cased. */
  static Map<String, String> parse(String map) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String pair : map.split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        result.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT),
            pair.substring(eq + 1).strip().toUpperCase(Locale.ROOT));
      }
    }
    return result;
  }
}
