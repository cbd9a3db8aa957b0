package dev.oasis.runtime.capture;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a little-endian classic pcap file with nanosecond timestamps (magic 0xa1b23c4d, version
 * 2.4, link type Ethernet, snap length {@link Captures#MAX_WRITTEN_FRAME_BYTES}), for tools that do
 * not read pcapng.
 *
 * <p>Classic pcap has no interfaces: the port of a frame is not recorded, and every frame reads
 * back as port 0. Use {@link PcapngWriter} to keep ports. The file holds nothing but what the
 * caller writes, so the same frames always give the same bytes.
 */
public final class PcapWriter implements Closeable {

  /** The last second a classic pcap timestamp holds (2106-02-07T06:28:15Z). */
  private static final long MAX_SECONDS = 0xFFFF_FFFFL;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final int RECORD_HEADER_BYTES = 16;

  private final OutputStream out;
  private final ByteBuffer header =
      ByteBuffer.allocate(RECORD_HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);

  /** Creates (or truncates) a file and writes the global header. */
  public PcapWriter(Path path) throws IOException {
    this(Files.newOutputStream(path));
  }

  /** Writes the global header to a stream, which the writer then owns and closes. */
  public PcapWriter(OutputStream out) throws IOException {
    this.out = new BufferedOutputStream(out);
    ByteBuffer global = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    global.putInt(PcapReader.MAGIC_NANOSECONDS).putShort((short) 2).putShort((short) 4);
    global.putInt(0).putInt(0); // thiszone (UTC) and sigfigs
    global.putInt(CaptureLimits.MAX_WRITTEN_FRAME_BYTES).putInt(CaptureLimits.LINKTYPE_ETHERNET);
    this.out.write(global.array());
  }

  /**
   * Appends one frame; its port is not recorded.
   *
   * @throws IllegalArgumentException if the frame is longer than {@link
   *     Captures#MAX_WRITTEN_FRAME_BYTES} or its timestamp is after 2106-02-07T06:28:15Z
   */
  public void write(CapturedFrame frame) throws IOException {
    byte[] data = frame.data();
    if (data.length > CaptureLimits.MAX_WRITTEN_FRAME_BYTES) {
      throw new IllegalArgumentException(
          "frame of "
              + data.length
              + " bytes exceeds the "
              + CaptureLimits.MAX_WRITTEN_FRAME_BYTES
              + "-byte limit of capture files");
    }
    long seconds = frame.timestampNanos() / NANOS_PER_SECOND;
    if (seconds > MAX_SECONDS) {
      throw new IllegalArgumentException(
          "timestamp "
              + frame.timestampNanos()
              + " ns is after 2106-02-07T06:28:15Z, the last second classic pcap can hold");
    }

    header.clear();
    header.putInt((int) seconds).putInt((int) (frame.timestampNanos() % NANOS_PER_SECOND));
    header.putInt(data.length).putInt(frame.originalLength());
    out.write(header.array());
    out.write(data);
  }

  /** Pushes buffered records to the underlying stream. */
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
