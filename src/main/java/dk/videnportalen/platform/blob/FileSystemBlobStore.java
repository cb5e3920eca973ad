package dk.videnportalen.platform.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Blobs as files under {@code root/ab/cd/<sha256>}. A blob is first written to {@code root/tmp},
 * flushed to disk and then moved into place atomically, so a crash never leaves a partial blob
 * under its address. Blobs live outside the web application, never in the web root.
 */
public class FileSystemBlobStore implements BlobStore {

  private static final int BUFFER = 64 * 1024;
  private final Path root;
  private final Path tmp;

  public FileSystemBlobStore(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.tmp = this.root.resolve("tmp");
    Files.createDirectories(tmp);
  }

  @Override
  public Blob put(InputStream in, long maxBytes) throws IOException {
    Path part = Files.createTempFile(tmp, "upload-", ".part");
    try {
      MessageDigest sha = sha256();
      long size = 0;
      try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
        byte[] buffer = new byte[BUFFER];
        int n;
        while ((n = in.read(buffer)) != -1) {
          size += n;
          if (size > maxBytes) {
            throw new BlobTooLargeException(maxBytes);
          }
          sha.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
        out.flush();
        channel.force(true);
      }
      String address = HexFormat.of().formatHex(sha.digest());
      Path target = pathOf(address);
      if (Files.exists(target)) {
        return new Blob(address, size, true);
      }
      Files.createDirectories(target.getParent());
      try {
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException raced) {
        return new Blob(address, size, true);
      }
      return new Blob(address, size, false);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    Path p = pathOf(sha256);
    if (!Files.exists(p)) {
      throw new NoSuchFileException("blob " + sha256);
    }
    return Files.newInputStream(p);
  }

  @Override
  public boolean exists(String sha256) {
    return Files.exists(pathOf(sha256));
  }

  @Override
  public Path localPath(String sha256) throws IOException {
    Path p = pathOf(sha256);
    if (!Files.exists(p)) {
      throw new NoSuchFileException("blob " + sha256);
    }
    return p;
  }

  Path pathOf(String sha256) {
    BlobStore.requireAddress(sha256);
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
