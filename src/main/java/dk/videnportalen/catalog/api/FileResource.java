package dk.videnportalen.catalog.api;

import dk.videnportalen.catalog.AttachmentService;
import dk.videnportalen.catalog.AttachmentService.StoredVersion;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.platform.NotFound;
import dk.videnportalen.platform.blob.BlobStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Downloads of stored originals and their preview images. Originals are always sent as
 * attachments with nosniff and a sandboxing CSP, so an uploaded HTML or SVG file can never run
 * in the portal's origin.
 */
@Path("files")
@RequestScoped
@Tag(name = "Filer", description = "Stored originals and previews")
public class FileResource {

  @Inject AttachmentService attachments;
  @Inject BlobStore blobs;
  @Inject Guard guard;

  @GET
  @Path("{id}")
  @Operation(summary = "Download a file (newest version, or ?version=N)")
  @APIResponse(responseCode = "200", description = "The original bytes, as an attachment")
  @APIResponse(responseCode = "404", description = "No such file or version")
  public Response download(@PathParam("id") long id, @QueryParam("version") Integer version,
      @jakarta.ws.rs.core.Context Request request) {
    StoredVersion v = attachments.find(id, version, guard.may(Action.READ_DRAFTS));
    EntityTag tag = new EntityTag(v.sha256());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.build();
    }
    return Response.ok(stream(v.sha256()), v.mediaType())
        .header("Content-Disposition", attachment(v.originalName()))
        .header("Content-Length", v.size())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'")
        .tag(tag)
        .cacheControl(privateCache())
        .build();
  }

  @GET
  @Path("{id}/preview")
  @Operation(summary = "First-page preview image (PNG) of a file")
  @APIResponse(responseCode = "404", description = "No such file, or no preview for it")
  public Response preview(@PathParam("id") long id, @QueryParam("version") Integer version,
      @jakarta.ws.rs.core.Context Request request) {
    StoredVersion v = attachments.find(id, version, guard.may(Action.READ_DRAFTS));
    if (v.previewSha256() == null || !blobs.exists(v.previewSha256())) {
      throw new NotFound("Filen " + id + " har ingen forhåndsvisning.");
    }
    EntityTag tag = new EntityTag(v.previewSha256());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.build();
    }
    return Response.ok(stream(v.previewSha256()), "image/png")
        .header("X-Content-Type-Options", "nosniff")
        .tag(tag)
        .cacheControl(privateCache())
        .build();
  }

  @GET
  @Path("{id}/text")
  @jakarta.ws.rs.Produces("text/plain;charset=UTF-8")
  @Operation(summary = "The text extracted from a file (pages separated by form feeds)")
  public Response text(@PathParam("id") long id, @QueryParam("version") Integer version) {
    return Response.ok(attachments.text(id, version, guard.may(Action.READ_DRAFTS)))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private StreamingOutput stream(String sha256) {
    return out -> {
      try (InputStream in = blobs.open(sha256)) {
        in.transferTo(out);
      }
    };
  }

  /** RFC 6266: an ASCII fallback plus the exact UTF-8 name, so "Årsplan æøå.pdf" survives. */
  static String attachment(String name) {
    String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  private static CacheControl privateCache() {
    CacheControl cc = new CacheControl();
    cc.setPrivate(true);
    cc.setMaxAge(300);
    return cc;
  }
}
