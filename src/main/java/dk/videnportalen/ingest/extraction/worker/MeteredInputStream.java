package dk.videnportalen.ingest.extraction.worker;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts every byte an embedded document reads against the parse's unpacking budget. */
final class MeteredInputStream extends FilterInputStream {

  private final ParseState state;

  MeteredInputStream(InputStream in, ParseState state) {
    super(in);
    this.state = state;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      state.addUnpackedBytes(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      state.addUnpackedBytes(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      state.addUnpackedBytes(skipped);
    }
    return skipped;
  }

  /** Marking is off: a reset would count bytes twice, and the parsers wrap us anyway. */
  @Override
  public boolean markSupported() {
    return false;
  }
}
