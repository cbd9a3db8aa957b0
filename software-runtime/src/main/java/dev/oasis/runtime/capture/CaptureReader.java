package dev.oasis.runtime.capture;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the frames of a pcap or pcapng capture one at a time, in file order.
 *
 * <p>A damaged file makes {@link #next()} throw a {@link CaptureFormatException} naming the offset
 * of the bad record or block; the frames returned before it stay valid, so a caller that wants
 * everything up to the damage keeps what it has read. After an exception, {@code next()} throws the
 * same exception again. A file that ends exactly between two records ends cleanly; one that ends
 * inside a record, even the last one, is damaged.
 *
 * <pre>{@code
 * try (CaptureReader reader = CaptureReader.open(path)) {
 *   for (CapturedFrame frame = reader.next(); frame != null; frame = reader.next()) {
 *     ...
 *   }
 * }
 * }</pre>
 */
public interface CaptureReader extends Closeable {

  /**
   * Returns the next frame, or {@code null} at the end of the capture.
   *
   * @throws CaptureFormatException if the file is damaged or uses an unsupported feature
   * @throws IOException if reading fails
   */
  CapturedFrame next() throws IOException;

  /**
   * Opens a capture file, telling pcap from pcapng by its magic number, and reads its header.
   *
   * @throws CaptureFormatException if the file is empty, has an unknown magic number or a bad
   *     header
   */
  static CaptureReader open(Path path) throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      return open(in, path.toString());
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads a capture from a stream, which the reader then owns and closes.
   *
   * @param in the capture, from its first byte
   * @param sourceName the name errors show before the offset, or {@code null} for none
   * @throws CaptureFormatException if the stream is empty, has an unknown magic number or a bad
   *     header
   */
  static CaptureReader open(InputStream in, String sourceName) throws IOException {
    return Captures.open(new ByteInput(in, sourceName));
  }
}
