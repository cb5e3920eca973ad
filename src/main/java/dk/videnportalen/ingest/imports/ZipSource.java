package dk.videnportalen.ingest.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An uploaded ZIP file, read in place from the blob store. Entries are streamed straight into
 * the blob store, whose size limit also bounds each decompressed entry, so a ZIP bomb is cut
 * off at the per-file limit; the number of entries is bounded too.
 */
final class ZipSource implements ImportSource {

  static final int MAX_ENTRIES = 10_000;
  private final ZipFile zip;

  ZipSource(Path file) throws IOException {
    this.zip = new ZipFile(file.toFile());
  }

  @Override
  public List<String> entries() throws IOException {
    Set<String> itemDirs = new TreeSet<>();
    List<String> files = new ArrayList<>();
    Enumeration<? extends ZipEntry> all = zip.entries();
    int count = 0;
    while (all.hasMoreElements()) {
      ZipEntry e = all.nextElement();
      if (++count > MAX_ENTRIES) {
        throw new IOException("The ZIP file has more than " + MAX_ENTRIES + " entries");
      }
      if (e.isDirectory()) {
        continue;
      }
      String name = e.getName();
      if (name.equals(DirectorySource.MANIFEST) || name.endsWith("/" + DirectorySource.MANIFEST)) {
        itemDirs.add(name.substring(0, Math.max(0, name.length() - DirectorySource.MANIFEST.length() - 1)));
      } else {
        files.add(name);
      }
    }
    List<String> entries = new ArrayList<>(itemDirs);
    for (String f : files) {
      boolean inItem = itemDirs.stream().anyMatch(d -> d.isEmpty() || f.startsWith(d + "/"));
      String base = f.substring(f.lastIndexOf('/') + 1);
      if (!inItem && !base.startsWith(".") && !f.startsWith("__MACOSX/")) {
        entries.add(f);
      }
    }
    return entries;
  }

  @Override
  public Optional<byte[]> manifest(String entry) throws IOException {
    ZipEntry m = zip.getEntry(entry.isEmpty() ? DirectorySource.MANIFEST
        : entry + "/" + DirectorySource.MANIFEST);
    if (m == null) {
      return Optional.empty();
    }
    try (InputStream in = zip.getInputStream(m)) {
      return Optional.of(in.readNBytes(1024 * 1024));
    }
  }

  @Override
  public InputStream open(String entry, String file) throws IOException {
    String name = file == null ? entry : (entry.isEmpty() ? file : entry + "/" + file);
    ZipEntry e = zip.getEntry(name);
    if (e == null || e.isDirectory()) {
      throw new NoSuchFileException(name);
    }
    return zip.getInputStream(e);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
