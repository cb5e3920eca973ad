package dk.videnportalen.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All REST resources live under {@code /api}; the OpenAPI document is at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info = @Info(
        title = "Videnportalen API",
        version = "1",
        description = "Learning packages, practice stories, files and search for Videnportalen."))
public class PortalApi extends Application {}
