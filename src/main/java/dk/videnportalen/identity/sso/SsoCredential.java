package dk.videnportalen.identity.sso;

import jakarta.security.enterprise.credential.Credential;

/**
 * "This account was just proven by the identity provider." Made only by {@link SsoServlet} after
 * the ID token has been validated, and handed to the authentication mechanism in the same
 * request; it never comes from a client.
 */
public record SsoCredential(String username) implements Credential {}
