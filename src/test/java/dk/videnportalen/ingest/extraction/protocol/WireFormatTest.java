package dk.videnportalen.ingest.extraction.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WireFormatTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final DataOutputStream out = new DataOutputStream(bytes);

  private DataInputStream in() {
    return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
  }

  @Test
  void requestsAndRepliesSurviveTheTrip() throws IOException {
    WorkerRequest request = new WorkerRequest(Path.of("/data/Kærkommen (2013).PDF"),
        Path.of("/tmp/text-1.txt"), true, 5_000_000, 5, 1000, 100, 60_000, "soffice");
    WorkerReply reply = new WorkerReply(ExtractionStatus.OK, "Teksten er udtrukket",
        "application/pdf", 40_606, true,
        new DocumentMetadata("Tilsynsrapport", "BDO", "2013-02-27T09:14:00Z", 29, "da"), 3,
        new byte[] {1, 2, 3}, new ExtractionTimings(4, 500, 60));
    WireFormat.writeHello(out, 4711);
    WireFormat.writeRequest(out, request);
    WireFormat.writeReply(out, reply);
    DataInputStream in = in();
    assertEquals(4711, WireFormat.readHello(in));
    assertEquals(request, WireFormat.readRequest(in));
    WorkerReply back = WireFormat.readReply(in);
    assertEquals(reply.metadata(), back.metadata());
    assertEquals(reply.timings(), back.timings());
    assertArrayEquals(reply.preview(), back.preview());
    assertEquals(reply.toResult("x").toString(), back.toResult("x").toString());
  }

  @Test
  void nullsTravelAsNulls() throws IOException {
    WireFormat.writeReply(out, WorkerReply.of(ExtractionStatus.TIMEOUT, null, null));
    WorkerReply back = WireFormat.readReply(in());
    assertNull(back.mediaType());
    assertNull(back.preview());
    assertNull(back.metadata().pages());
    assertEquals(ExtractionStatus.TIMEOUT.defaultMessage(), back.message());
  }

  @Test
  void theEndOfTheRequestsIsNotAnError() throws IOException {
    assertNull(WireFormat.readRequest(in()));
  }

  @Test
  void aStreamOutOfStepFailsFast() throws IOException {
    out.writeInt(0xCAFEBABE);
    out.writeInt(Integer.MAX_VALUE);
    assertThrows(ProtocolException.class, () -> WireFormat.readReply(in()));
  }
}
