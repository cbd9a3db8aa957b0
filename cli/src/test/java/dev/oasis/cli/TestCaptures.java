package dev.oasis.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Capture files written byte by byte from the format specifications (classic pcap as libpcap
 * defines it, draft-ietf-opsawg-pcap; pcapng, draft-ietf-opsawg-pcapng), little-endian, Ethernet
 * link type, so that tests do not depend on the capture code under test.
 */
public final class TestCaptures {
  private TestCaptures() {}

  /** The size of the classic pcap global header. */
  public static final int PCAP_HEADER = 24;

  /** The size of a classic pcap record header. */
  public static final int PCAP_RECORD_HEADER = 16;

  /** A classic pcap global header: microsecond magic, version 2.4, snap length 262144. */
  public static byte[] pcapHeader() {
    return le(PCAP_HEADER)
        .putInt(0xa1b2c3d4)
        .putShort((short) 2)
        .putShort((short) 4)
        .putInt(0)
        .putInt(0)
        .putInt(262_144)
        .putInt(1)
        .array();
  }

  /** A classic pcap record: the header (timestamp n seconds) and the frame. */
  public static byte[] pcapRecord(int n, byte[] frame) {
    return le(PCAP_RECORD_HEADER + frame.length)
        .putInt(1 + n)
        .putInt(0)
        .putInt(frame.length)
        .putInt(frame.length)
        .put(frame)
        .array();
  }

  /** A classic pcap file of {@code frames}. */
  public static Path pcap(Path file, List<byte[]> frames) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(pcapHeader());
    for (int i = 0; i < frames.size(); i++) {
      out.write(pcapRecord(i, frames.get(i)));
    }
    return Files.write(file, out.toByteArray());
  }

  /** A frame on an interface of a pcapng file. */
  public record PortFrame(int port, byte[] frame) {}

  /**
   * A pcapng file: a section header, {@code interfaces} Ethernet interfaces (microsecond
   * timestamps) and one enhanced packet block per frame (interface id = port); frame n has
   * timestamp 1 s + n ms, as in the examples' captures and scenarios.
   */
  public static Path pcapng(Path file, int interfaces, List<PortFrame> frames) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(
        le(28)
            .putInt(0x0a0d0d0a)
            .putInt(28)
            .putInt(0x1a2b3c4d)
            .putShort((short) 1)
            .putShort((short) 0)
            .putLong(-1)
            .putInt(28)
            .array());
    for (int i = 0; i < interfaces; i++) {
      out.write(
          le(20)
              .putInt(1)
              .putInt(20)
              .putShort((short) 1)
              .putShort((short) 0)
              .putInt(0)
              .putInt(20)
              .array());
    }
    for (int i = 0; i < frames.size(); i++) {
      byte[] data = frames.get(i).frame();
      int padded = (data.length + 3) / 4 * 4;
      int length = 32 + padded;
      long micros = 1_000_000L + i * 1_000L;
      ByteBuffer b =
          le(length)
              .putInt(6)
              .putInt(length)
              .putInt(frames.get(i).port())
              .putInt((int) (micros >>> 32))
              .putInt((int) micros)
              .putInt(data.length)
              .putInt(data.length)
              .put(data);
      b.position(28 + padded);
      b.putInt(length);
      out.write(b.array());
    }
    return Files.write(file, out.toByteArray());
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
