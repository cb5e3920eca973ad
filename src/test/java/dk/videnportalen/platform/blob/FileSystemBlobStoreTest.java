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
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

  @Test
  void listsEveryBlobWithItsSizeAndWhenItWasStored() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    BlobStore.Blob plan = put(store, "Årsplan for udskolingen");
    BlobStore.Blob note = put(store, "Noter");
    Instant lastWeek = Instant.now().minus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
    age(store, plan.sha256(), lastWeek);
    Files.writeString(dir.resolve("tmp").resolve("upload-1.part"), "halvt skrevet");
    Files.writeString(dir.resolve("README"), "ikke en blob");

    Map<String, BlobStore.Stored> listed;
    try (Stream<BlobStore.Stored> stored = store.list()) {
      listed = stored.collect(Collectors.toMap(BlobStore.Stored::sha256, s -> s));
    }

    assertEquals(2, listed.size(), listed::toString);
    assertEquals(plan.size(), listed.get(plan.sha256()).size());
    assertEquals(lastWeek, listed.get(plan.sha256()).storedAt());
    assertTrue(listed.get(note.sha256()).storedAt().isAfter(lastWeek));
  }

  @Test
  void deletesABlobStoredBeforeTheCutOffOnce() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    BlobStore.Blob abandoned = put(store, "Glemt upload");
    age(store, abandoned.sha256(), Instant.now().minus(Duration.ofDays(2)));
    Instant cutOff = Instant.now().minus(Duration.ofDays(1));

    assertTrue(store.delete(abandoned.sha256(), cutOff));
    assertFalse(store.exists(abandoned.sha256()));
    assertFalse(new FileSystemBlobStore(dir).delete(abandoned.sha256(), cutOff),
        "a second node deleting the same blob finds it gone");
    assertEquals(0, countBlobs());
    assertEquals(List.of(), tmpFiles(), "nothing is left aside");
  }

  @Test
  void theSameBytesStoredAgainRenewTheBlobSoItIsKept() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    BlobStore.Blob first = put(store, "Uploadet igen af en redaktør");
    age(store, first.sha256(), Instant.now().minus(Duration.ofDays(2)));
    Instant cutOff = Instant.now().minus(Duration.ofDays(1));

    BlobStore.Blob again = put(store, "Uploadet igen af en redaktør");

    assertTrue(again.existed());
    assertFalse(store.delete(first.sha256(), cutOff));
    try (InputStream in = store.open(first.sha256())) {
      assertEquals("Uploadet igen af en redaktør", new String(in.readAllBytes(),
          StandardCharsets.UTF_8));
    }
    assertEquals(List.of(), tmpFiles());
  }

  @Test
  void aFreshBlobIsNotDeleted() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    BlobStore.Blob fresh = put(store, "Lige uploadet");
    assertFalse(store.delete(fresh.sha256(), Instant.now().minus(Duration.ofDays(1))));
    assertTrue(store.exists(fresh.sha256()));
  }

  @Test
  void removesOnlyUnfinishedWritesOlderThanTheCutOff() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    Path crashed = Files.writeString(dir.resolve("tmp").resolve("upload-1.part"), "afbrudt");
    Path writing = Files.writeString(dir.resolve("tmp").resolve("upload-2.part"), "i gang");
    Files.setLastModifiedTime(crashed, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
    BlobStore.Blob blob = put(store, "Gemt færdig");
    age(store, blob.sha256(), Instant.now().minus(Duration.ofDays(2)));

    BlobStore.Removed removed = store.removeUnfinished(Instant.now().minus(Duration.ofDays(1)));

    assertEquals(new BlobStore.Removed(1, "afbrudt".length()), removed);
    assertFalse(Files.exists(crashed));
    assertTrue(Files.exists(writing), "a write in progress is newer than the cut-off");
    assertTrue(store.exists(blob.sha256()), "stored blobs are not unfinished writes");
  }

  private static BlobStore.Blob put(BlobStore store, String text) throws IOException {
    return store.put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1000);
  }

  private static void age(FileSystemBlobStore store, String sha256, Instant storedAt)
      throws IOException {
    Files.setLastModifiedTime(store.pathOf(sha256), FileTime.from(storedAt));
  }

  private List<Path> tmpFiles() throws IOException {
    try (Stream<Path> tmp = Files.list(dir.resolve("tmp"))) {
      return tmp.toList();
    }
  }

  private long countBlobs() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(dir.resolve("tmp")))
          .count();
    }
  }
}
