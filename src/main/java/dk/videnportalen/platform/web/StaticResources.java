package dk.videnportalen.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version in the portal's static resource URLs ({@code ?v=…}): a hash of the files under
 * {@code /resources/portal}, so a changed stylesheet or script gets a new URL and everything else
 * may be cached for a year (see web.xml).
 */
@Named
@ApplicationScoped
public class StaticResources {

  static final String ROOT = "/resources/portal/";

  @Inject ServletContext servletContext;

  private String version;

  @PostConstruct
  void hash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String path : files()) {
        digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = servletContext.getResourceAsStream(path)) {
          if (in != null) {
            digest.update(in.readAllBytes());
          }
        }
      }
      version = HexFormat.of().formatHex(digest.digest()).substring(0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Set<String> files() {
    Set<String> files = new TreeSet<>();
    Deque<String> folders = new ArrayDeque<>();
    folders.push(ROOT);
    while (!folders.isEmpty()) {
      Set<String> entries = servletContext.getResourcePaths(folders.pop());
      if (entries != null) {
        for (String e : entries) {
          if (e.endsWith("/")) {
            folders.push(e);
          } else {
            files.add(e);
          }
        }
      }
    }
    return files;
  }

  public String getVersion() {
    return version;
  }
}
