package dk.videnportalen.ingest.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder on the server: item folders (with item.json) and loose files, found recursively.
 * Symbolic links are not followed and every path is checked to stay inside the folder.
 */
final class DirectorySource implements ImportSource {

  static final String MANIFEST = "item.json";
  private final Path root;

  DirectorySource(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public List<String> entries() throws IOException {
    List<String> items = new ArrayList<>();
    List<String> loose = new ArrayList<>();
    List<Path> itemDirs = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> p.getFileName().toString().equals(MANIFEST)
              && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(Path::getParent)
          .sorted()
          .forEach(itemDirs::add);
    }
    for (Path dir : itemDirs) {
      items.add(relative(dir));
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> itemDirs.stream().noneMatch(p::startsWith))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !isPartOfContentLayout(p))
          .sorted()
          .forEach(p -> loose.add(relative(p)));
    }
    items.addAll(loose);
    return items;
  }

  /** content/'s own files (temaer.json, README, kilder/) are not items. */
  private boolean isPartOfContentLayout(Path p) {
    String rel = relative(p);
    return rel.equals("temaer.json") || rel.equalsIgnoreCase("README.md") || rel.startsWith("kilder/");
  }

  @Override
  public Optional<byte[]> manifest(String entry) throws IOException {
    Path m = resolve(entry).resolve(MANIFEST);
    return Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)
        ? Optional.of(Files.readAllBytes(m)) : Optional.empty();
  }

  @Override
  public InputStream open(String entry, String file) throws IOException {
    Path p = file == null ? resolve(entry) : resolve(entry).resolve(file).normalize();
    if (!p.startsWith(root) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      throw new NoSuchFileException(file == null ? entry : entry + "/" + file);
    }
    return Files.newInputStream(p);
  }

  private Path resolve(String entry) throws IOException {
    Path p = root.resolve(entry).normalize();
    if (!p.startsWith(root)) {
      throw new NoSuchFileException(entry);
    }
    return p;
  }

  private String relative(Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  @Override
  public void close() {
    // nothing held open
  }
}
