/**
 * Single sign-on with OpenID Connect (authorization code flow with PKCE), switched on by setting
 * {@code PORTAL_OIDC_ISSUER}. On first sign-in an account is created; claims map to the person's
 * unit and roles on every sign-in.
 */
package dk.videnportalen.identity.sso;
