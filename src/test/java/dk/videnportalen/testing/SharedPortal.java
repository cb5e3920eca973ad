package dk.videnportalen.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
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

  /** Resolves {@link PortalServer} and {@link PortalClient} parameters. */
  class Extension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
      Class<?> type = p.getParameter().getType();
      return type == PortalServer.class || type == PortalClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
      PortalServer server = shared(e);
      return p.getParameter().getType() == PortalServer.class ? server : server.client();
    }

    static PortalServer shared(ExtensionContext context) {
      return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent("shared-portal", k -> new Closing(start()), Closing.class)
          .server();
    }

    private static PortalServer start() {
      Map<String, String> env = new java.util.HashMap<>();
      if ("postgres".equals(System.getProperty("it.db"))) {
        String url = PostgresTestDatabase.withSchema(TestSettings.postgresUrl(), "videnportalen_shared_it");
        PostgresTestDatabase.dropSchema(url);
        env.put("PORTAL_DB_URL", url);
        env.put("PORTAL_DB_USER", TestSettings.postgresUser());
        env.put("PORTAL_DB_PASSWORD", TestSettings.postgresPassword());
      }
      return PortalServer.fresh("shared", env).start();
    }

    /** Stops the portal when the whole test run ends. */
    record Closing(PortalServer server) implements ExtensionContext.Store.CloseableResource {
      @Override
      public void close() {
        server.stop();
      }
    }
  }
}
