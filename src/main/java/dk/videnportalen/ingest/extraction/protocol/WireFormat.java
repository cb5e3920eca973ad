package dk.videnportalen.ingest.extraction.protocol;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The binary protocol between the portal and a worker, over the worker's stdin and stdout.
 *
 * <p>The worker greets with {@code HELLO}, the protocol version and its pid once Tika is loaded.
 * Then, strictly in turn, the portal writes one request frame and the worker answers with one
 * reply frame. Strings are length-prefixed UTF-8 (length -1 for null) with an upper bound, so a
 * garbled stream fails fast instead of allocating gigabytes. Closing the worker's stdin asks it to
 * exit.
 */
public final class WireFormat {

  public static final int VERSION = 1;

  private static final int HELLO = 0x56504857; // "VPHW"
  private static final int REQUEST = 0x56505251; // "VPRQ"
  private static final int REPLY = 0x56505250; // "VPRP"
  private static final int MAX_STRING_BYTES = 1 << 20;
  /** Previews are small PNGs; anything bigger means the stream is out of step. */
  public static final int MAX_PREVIEW_BYTES = 16 << 20;

  private WireFormat() {}

  public static void writeHello(DataOutput out, long pid) throws IOException {
    out.writeInt(HELLO);
    out.writeInt(VERSION);
    out.writeLong(pid);
  }

  /** Returns the worker's pid; fails if the worker speaks another version. */
  public static long readHello(DataInput in) throws IOException {
    expect(in.readInt(), HELLO, "hello");
    int version = in.readInt();
    if (version != VERSION) {
      throw new ProtocolException("Worker speaks protocol " + version + ", expected " + VERSION);
    }
    return in.readLong();
  }

  public static void writeRequest(DataOutput out, WorkerRequest r) throws IOException {
    out.writeInt(REQUEST);
    writeString(out, r.file().toString());
    writeString(out, r.textFile().toString());
    out.writeBoolean(r.preview());
    out.writeInt(r.maxChars());
    out.writeInt(r.maxEmbeddedDepth());
    out.writeInt(r.maxEmbeddedResources());
    out.writeLong(r.maxCompressionRatio());
    out.writeLong(r.timeoutMillis());
    writeString(out, r.libreOffice());
  }

  /** Returns the next request, or null when the portal closed the stream (time to exit). */
  public static WorkerRequest readRequest(DataInput in) throws IOException {
    int tag;
    try {
      tag = in.readInt();
    } catch (EOFException e) {
      return null;
    }
    expect(tag, REQUEST, "request");
    return new WorkerRequest(
        Path.of(readString(in)),
        Path.of(readString(in)),
        in.readBoolean(),
        in.readInt(),
        in.readInt(),
        in.readInt(),
        in.readLong(),
        in.readLong(),
        readString(in));
  }

  public static void writeReply(DataOutput out, WorkerReply r) throws IOException {
    out.writeInt(REPLY);
    writeString(out, r.status().name());
    writeString(out, r.message());
    writeString(out, r.mediaType());
    out.writeInt(r.chars());
    out.writeBoolean(r.truncated());
    DocumentMetadata m = r.metadata();
    writeString(out, m.title());
    writeString(out, m.author());
    writeString(out, m.created());
    out.writeInt(m.pages() == null ? -1 : m.pages());
    writeString(out, m.language());
    out.writeInt(r.embeddedCount());
    byte[] preview = r.preview();
    out.writeInt(preview == null ? -1 : preview.length);
    if (preview != null) {
      out.write(preview);
    }
    ExtractionTimings t = r.timings();
    out.writeLong(t.detectMillis());
    out.writeLong(t.parseMillis());
    out.writeLong(t.previewMillis());
  }

  public static WorkerReply readReply(DataInput in) throws IOException {
    expect(in.readInt(), REPLY, "reply");
    ExtractionStatus status = readStatus(readString(in));
    String message = readString(in);
    String mediaType = readString(in);
    int chars = in.readInt();
    boolean truncated = in.readBoolean();
    String title = readString(in);
    String author = readString(in);
    String created = readString(in);
    int pages = in.readInt();
    String language = readString(in);
    DocumentMetadata metadata =
        new DocumentMetadata(title, author, created, pages < 0 ? null : pages, language);
    int embedded = in.readInt();
    int previewLength = in.readInt();
    if (previewLength > MAX_PREVIEW_BYTES) {
      throw new ProtocolException("Preview of " + previewLength + " bytes");
    }
    byte[] preview = null;
    if (previewLength >= 0) {
      preview = new byte[previewLength];
      in.readFully(preview);
    }
    ExtractionTimings timings =
        new ExtractionTimings(in.readLong(), in.readLong(), in.readLong());
    return new WorkerReply(status, message, mediaType, chars, truncated, metadata, embedded,
        preview, timings);
  }

  private static ExtractionStatus readStatus(String name) throws ProtocolException {
    try {
      return ExtractionStatus.valueOf(name);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ProtocolException("Unknown status " + name);
    }
  }

  static void writeString(DataOutput out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_STRING_BYTES) {
      throw new ProtocolException("String of " + bytes.length + " bytes is too long to send");
    }
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    if (length > MAX_STRING_BYTES) {
      throw new ProtocolException("String of " + length + " bytes");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void expect(int actual, int expected, String what) throws ProtocolException {
    if (actual != expected) {
      throw new ProtocolException(
          "Expected a " + what + " frame, got 0x" + Integer.toHexString(actual));
    }
  }
}
