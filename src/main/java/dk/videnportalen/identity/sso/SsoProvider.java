package dk.videnportalen.identity.sso;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;

/**
 * The identity provider's published configuration (discovery document) and the validator for its
 * ID tokens (signature from its published keys, issuer, audience, expiry, nonce). Looked up on
 * first use and kept; the key set is refreshed by the validator when keys rotate.
 */
@ApplicationScoped
public class SsoProvider {

  @Inject SsoSettings settings;

  private volatile OIDCProviderMetadata metadata;
  private volatile IDTokenValidator validator;

  public OIDCProviderMetadata metadata() throws IOException {
    OIDCProviderMetadata m = metadata;
    if (m == null) {
      try {
        m = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()));
      } catch (GeneralException e) {
        throw new IOException("The identity provider's configuration cannot be read: " + e.getMessage(), e);
      }
      metadata = m;
    }
    return m;
  }

  public IDTokenValidator validator() throws IOException {
    IDTokenValidator v = validator;
    if (v == null) {
      OIDCProviderMetadata m = metadata();
      try {
        v = new IDTokenValidator(m.getIssuer(), new ClientID(settings.clientId()),
            JWSAlgorithm.RS256, m.getJWKSetURI().toURL());
      } catch (MalformedURLException e) {
        throw new IOException("The identity provider's key set address is invalid", e);
      }
      validator = v;
    }
    return v;
  }
}
