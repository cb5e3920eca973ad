package dk.videnportalen.platform.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Blobs as files under {@code root/ab/cd/<sha256>}. A blob is first written to {@code root/tmp},
 * flushed to disk and then moved into place atomically, so a crash never leaves a partial blob
 * under its address (only a file in {@code tmp}, which {@link #removeUnfinished} clears). Blobs
 * live outside the web application, never in the web root. A blob's modification time is when
 * its bytes were last stored; several nodes may share the folder.
 */
public class FileSystemBlobStore implements BlobStore {

  private static final int BUFFER = 64 * 1024;
  private static final Pattern FANOUT = Pattern.compile("[0-9a-f]{2}");
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
      if (renewed(target)) {
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

  @Override
  public Stream<Stored> list() throws IOException {
    // Three directory levels read lazily, so a large store is never held in memory.
    return children(root, FANOUT).filter(Files::isDirectory)
        .flatMap(level1 -> uncheckedChildren(level1, FANOUT)).filter(Files::isDirectory)
        .flatMap(level2 -> uncheckedChildren(level2, ADDRESS))
        .flatMap(file -> stored(file).stream());
  }

  @Override
  public boolean delete(String sha256, Instant storedBefore) throws IOException {
    Path blob = pathOf(sha256);
    // Moved aside, then judged: a put of the same bytes just before the move has renewed the
    // file and it goes back; a put just after finds no blob and stores the bytes anew.
    Path aside = tmp.resolve("deleting-" + UUID.randomUUID() + ".part");
    try {
      Files.move(blob, aside, StandardCopyOption.ATOMIC_MOVE);
      if (Files.getLastModifiedTime(aside).toInstant().isBefore(storedBefore)) {
        return Files.deleteIfExists(aside);
      }
      try {
        Files.move(aside, blob, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException storedAgain) {
        Files.deleteIfExists(aside);
      }
      return false;
    } catch (NoSuchFileException goneOrClearedByAnotherNode) {
      return false;
    }
  }

  @Override
  public Removed removeUnfinished(Instant before) throws IOException {
    int files = 0;
    long bytes = 0;
    List<Path> parts;
    try (Stream<Path> list = Files.list(tmp)) {
      parts = list.toList();
    }
    for (Path part : parts) {
      Optional<BasicFileAttributes> attributes = attributes(part);
      if (attributes.isPresent() && attributes.get().isRegularFile()
          && attributes.get().lastModifiedTime().toInstant().isBefore(before)
          && Files.deleteIfExists(part)) {
        files++;
        bytes += attributes.get().size();
      }
    }
    return new Removed(files, bytes);
  }

  /** Marks existing bytes as stored now; false if there is no such blob (any more). */
  private static boolean renewed(Path blob) throws IOException {
    try {
      Files.setLastModifiedTime(blob, FileTime.from(Instant.now()));
      return true;
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  private Optional<Stored> stored(Path file) {
    String name = file.getFileName().toString();
    if (!file.equals(pathOf(name))) {
      return Optional.empty();
    }
    return attributes(file).filter(BasicFileAttributes::isRegularFile)
        .map(a -> new Stored(name, a.size(), a.lastModifiedTime().toInstant()));
  }

  /** A file's attributes, or empty if another node deleted it a moment ago. */
  private static Optional<BasicFileAttributes> attributes(Path file) {
    try {
      return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
    } catch (NoSuchFileException gone) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> children(Path dir, Pattern names) throws IOException {
    return Files.list(dir).filter(p -> names.matcher(p.getFileName().toString()).matches());
  }

  private static Stream<Path> uncheckedChildren(Path dir, Pattern names) {
    try {
      return children(dir, names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
