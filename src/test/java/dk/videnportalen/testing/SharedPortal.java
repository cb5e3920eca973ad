package dk.videnportalen.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetAddress;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test the one portal shared by every HTTP and browser test of the run: it boots once
 * (about 25 s), so tests create their own uniquely named data instead of resetting the server.
 * Set {@code -Dit.db=postgres} to run that portal on the PostgreSQL test database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedPortal.Extension.class)
public @interface SharedPortal {

  /** The in-test identity provider's issuer id and the portal's client id there. */
  String IDP_ISSUER = "kommune";
  String IDP_CLIENT = "videnportalen";

  /** The shared portal's per-file upload limit (the default of 100 MB is for people). */
  long SHARED_UPLOAD_LIMIT = 8L * 1024 * 1024;

  /** Resolves {@link PortalServer}, {@link PortalClient} and {@link MockOAuth2Server} parameters. */
  class Extension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
      Class<?> type = p.getParameter().getType();
      return type == PortalServer.class || type == PortalClient.class
          || type == MockOAuth2Server.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
      Closing shared = shared(e);
      Class<?> type = p.getParameter().getType();
      if (type == MockOAuth2Server.class) {
        return shared.identityProvider();
      }
      return type == PortalServer.class ? shared.server() : shared.server().client();
    }

    static Closing shared(ExtensionContext context) {
      return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent("shared-portal", k -> start(), Closing.class);
    }

    /**
     * Starts an in-test OpenID provider first, so the shared portal runs with single sign-on
     * switched on, as a municipality with an identity provider would run it.
     */
    private static Closing start() {
      MockOAuth2Server idp = new MockOAuth2Server();
      idp.start(InetAddress.getLoopbackAddress(), 0);
      Map<String, String> env = new java.util.HashMap<>();
      // Addressed by IP: the provider's own idea of its host name may not resolve here.
      env.put("PORTAL_OIDC_ISSUER", "http://127.0.0.1:" + idp.issuerUrl(IDP_ISSUER).port() + "/"
          + IDP_ISSUER);
      env.put("PORTAL_OIDC_CLIENT_ID", IDP_CLIENT);
      env.put("PORTAL_OIDC_CLIENT_SECRET", "test-hemmelighed");
      if ("postgres".equals(System.getProperty("it.db"))) {
        String url = PostgresTestDatabase.withSchema(TestSettings.postgresUrl(), "videnportalen_shared_it");
        PostgresTestDatabase.dropSchema(url);
        env.put("PORTAL_DB_URL", url);
        env.put("PORTAL_DB_USER", TestSettings.postgresUser());
        env.put("PORTAL_DB_PASSWORD", TestSettings.postgresPassword());
      }
      // A small upload limit lets the 413 path be tested without sending 100 MB.
      env.put("PORTAL_UPLOAD_MAX_BYTES", String.valueOf(SHARED_UPLOAD_LIMIT));
      try {
        return new Closing(PortalServer.fresh("shared", env).start(), idp);
      } catch (RuntimeException e) {
        idp.shutdown();
        throw e;
      }
    }

    /** Stops the portal and the identity provider when the whole test run ends. */
    record Closing(PortalServer server, MockOAuth2Server identityProvider)
        implements ExtensionContext.Store.CloseableResource {
      @Override
      public void close() {
        server.stop();
        identityProvider.shutdown();
      }
    }
  }
}
