package dk.videnportalen.testing;

import java.io.File;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Builds the archive for {@link InContainer} tests. */
public final class InContainerDeployment {

  /** The system property naming the Arquillian container in use. */
  static final String LAUNCH = "arquillian.launch";

  private InContainerDeployment() {}

  /**
   * The built WAR plus the given test classes. Runs on the client before deployment, so it also
   * resets the container's data dir and, for PostgreSQL, its schema: every run starts empty.
   */
  public static WebArchive of(Class<?>... testClasses) {
    String launch = System.getProperty(LAUNCH, "payara-micro-h2");
    Path dir = Path.of(System.getProperty("portal.arquillian.dir",
        TestSettings.targetDir().resolve("arquillian").toString()));
    boolean postgres = launch.endsWith("postgres");
    PortalServer.deleteTree(dir.resolve(postgres ? "postgres" : "h2"));
    if (postgres) {
      PostgresTestDatabase.dropSchema(TestSettings.postgresUrl());
    }
    File war = TestSettings.war().toFile();
    return ShrinkWrap.create(ZipImporter.class, "videnportalen.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addPackage(InContainer.class.getPackage())
        .addClasses(testClasses);
  }
}
