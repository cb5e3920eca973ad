package dk.videnportalen.platform.blob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest {

  @TempDir Path dir;

  @Test
  void storesBytesUnderTheirSha256AndOnlyOnce() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    byte[] bytes = "Læringspakke om psykologisk tryghed".getBytes(StandardCharsets.UTF_8);

    BlobStore.Blob first = store.put(new ByteArrayInputStream(bytes), 1000);
    BlobStore.Blob second = store.put(new ByteArrayInputStream(bytes), 1000);

    assertEquals(64, first.sha256().length());
    assertEquals(first.sha256(), second.sha256());
    assertFalse(first.existed());
    assertTrue(second.existed());
    assertEquals(bytes.length, first.size());
    try (InputStream in = store.open(first.sha256())) {
      assertArrayEquals(bytes, in.readAllBytes());
    }
    assertEquals(1, countBlobs());
  }

  @Test
  void refusesStreamsLongerThanTheLimitAndKeepsNothing() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    assertThrows(BlobTooLargeException.class,
        () -> store.put(new ByteArrayInputStream(new byte[2048]), 1024));
    assertEquals(0, countBlobs());
    try (Stream<Path> tmp = Files.list(dir.resolve("tmp"))) {
      assertEquals(0, tmp.count(), "no partial upload left behind");
    }
  }

  @Test
  void addressesThatAreNotHashesNeverBecomePaths() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    for (String bad : new String[] {"../../etc/passwd", "ab/../../x", "", "ABC", "a".repeat(63)}) {
      assertThrows(IllegalArgumentException.class, () -> store.open(bad), bad);
    }
  }

  @Test
  void emptyFilesAreStoredToo() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    BlobStore.Blob blob = store.put(new ByteArrayInputStream(new byte[0]), 10);
    assertEquals(0, blob.size());
    assertTrue(store.exists(blob.sha256()));
  }

  private long countBlobs() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(dir.resolve("tmp"))).count();
    }
  }
}
