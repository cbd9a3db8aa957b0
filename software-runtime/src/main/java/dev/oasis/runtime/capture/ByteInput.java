package dev.oasis.runtime.capture;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** A buffered input that counts the bytes consumed, so that errors can name a file offset. */
final class ByteInput implements Closeable {

  private static final int BUFFER_BYTES = 64 * 1024;

  private final InputStream in;
  private final String source;
  private long position;

  ByteInput(InputStream in, String source) {
    this.in = new BufferedInputStream(in, BUFFER_BYTES);
    this.source = source;
  }

  /** The offset of the next byte to be read. */
  long position() {
    return position;
  }

  /**
   * Reads {@code length} bytes into {@code buffer} from {@code offset}; returns how many were read,
   * fewer than asked only at the end of the input.
   */
  int read(byte[] buffer, int offset, int length) throws IOException {
    int done = in.readNBytes(buffer, offset, length);
    position += done;
    return done;
  }

  /** Reads up to {@code buffer.length} bytes without consuming them; returns how many were read. */
  int peek(byte[] buffer) throws IOException {
    in.mark(buffer.length);
    int done = in.readNBytes(buffer, 0, buffer.length);
    in.reset();
    return done;
  }

  /** An exception for a problem found in the structure that starts at {@code offset}. */
  CaptureFormatException error(long offset, String problem) {
    return new CaptureFormatException(source, offset, problem);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
