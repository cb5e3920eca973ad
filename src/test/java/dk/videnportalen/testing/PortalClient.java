package dk.videnportalen.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for the portal's API and pages, as a script or a browser would call it. */
public final class PortalClient {

  /** HTTP/1.1 as browsers speak it to a plain-HTTP server (they never upgrade to cleartext h2). */
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  private final URI base;
  private final String authorization;
  private final Map<String, String> extraHeaders;

  PortalClient(URI base) {
    this(base, null, Map.of());
  }

  private PortalClient(URI base, String authorization, Map<String, String> extraHeaders) {
    this.base = base;
    this.authorization = authorization;
    this.extraHeaders = extraHeaders;
  }

  public PortalClient withBasicAuth(String user, String password) {
    String token = Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new PortalClient(base, "Basic " + token, extraHeaders);
  }

  /** The same client sending one more header on every request. */
  public PortalClient withHeader(String name, String value) {
    Map<String, String> headers = new java.util.HashMap<>(extraHeaders);
    headers.put(name, value);
    return new PortalClient(base, authorization, Map.copyOf(headers));
  }

  public URI base() {
    return base;
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply get(String path, Map<String, String> headers) {
    HttpRequest.Builder b = request(path).GET();
    headers.forEach(b::header);
    return send(b);
  }

  public Reply postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply put(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType)
        .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public Reply post(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Reply postMultipart(String path, Multipart body) {
    return send(request(path).header("Content-Type", body.contentType())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
  }

  public static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofMinutes(3));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    extraHeaders.forEach(b::header);
    return b;
  }

  private static Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<byte[]> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, headers and the body as bytes, text or JSON. */
  public record Reply(int status, HttpHeaders headers, byte[] body) {

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray jsonArray() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (JsonReader reader = Json.createReader(new StringReader(text()))) {
        return reader.read();
      } catch (RuntimeException e) {
        throw new AssertionError("Not JSON (status " + status + "): " + text(), e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      String t = text();
      return status + " " + (t.length() > 2000 ? t.substring(0, 2000) + "…" : t);
    }
  }

  /** A multipart/form-data body built part by part. */
  public static final class Multipart {
    private final String boundary = "----vp" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<String> names = new ArrayList<>();

    public Multipart json(String name, String json) {
      return part(name, null, "application/json; charset=UTF-8",
          json.getBytes(StandardCharsets.UTF_8));
    }

    public Multipart text(String name, String value) {
      return part(name, null, "text/plain; charset=UTF-8", value.getBytes(StandardCharsets.UTF_8));
    }

    public Multipart file(String name, Path file) {
      try {
        return part(name, file.getFileName().toString(), "application/octet-stream",
            Files.readAllBytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public Multipart file(String name, String fileName, String contentType, byte[] content) {
      return part(name, fileName, contentType, content);
    }

    private Multipart part(String name, String fileName, String contentType, byte[] content) {
      names.add(name);
      StringBuilder head = new StringBuilder();
      head.append("--").append(boundary).append("\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(name).append('"');
      if (fileName != null) {
        head.append("; filename=\"").append(fileName.replace("\"", "%22")).append('"');
      }
      head.append("\r\nContent-Type: ").append(contentType).append("\r\n\r\n");
      out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(content);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      return this;
    }

    public String contentType() {
      return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      all.writeBytes(out.toByteArray());
      all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return all.toByteArray();
    }
  }
}
