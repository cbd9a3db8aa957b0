package dev.oasis.runtime.capture;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Builds classic pcap files byte by byte, straight from the file format (draft-ietf-opsawg-pcap): a
 * 24-byte header, then per record a 16-byte header and the data, all in one byte order. Written
 * independently of the code under test so that it can serve as an oracle.
 */
final class PcapBytes {

  static final int MAGIC_MICROSECONDS = 0xa1b2c3d4;
  static final int MAGIC_NANOSECONDS = 0xa1b23c4d;

  private final ByteOrder order;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private PcapBytes(ByteOrder order) {
    this.order = order;
  }

  /** A file with the given header fields: version 2.4, thiszone 0, sigfigs 0. */
  static PcapBytes header(ByteOrder order, int magic, int snapLength, int linkType) {
    return header(order, magic, 2, 4, snapLength, linkType);
  }

  static PcapBytes header(
      ByteOrder order, int magic, int major, int minor, int snapLength, int linkType) {
    PcapBytes file = new PcapBytes(order);
    ByteBuffer header = ByteBuffer.allocate(24).order(order);
    header.putInt(magic).putShort((short) major).putShort((short) minor);
    header.putInt(0).putInt(0).putInt(snapLength).putInt(linkType);
    file.out.writeBytes(header.array());
    return file;
  }

  /** A record whose captured length is {@code data.length}. */
  PcapBytes record(long seconds, long fraction, byte[] data, int originalLength) {
    return recordHeader(seconds, fraction, data.length, originalLength).raw(data);
  }

  /** A record header alone, with any lengths. */
  PcapBytes recordHeader(long seconds, long fraction, long capturedLength, long originalLength) {
    ByteBuffer header = ByteBuffer.allocate(16).order(order);
    header.putInt((int) seconds).putInt((int) fraction);
    header.putInt((int) capturedLength).putInt((int) originalLength);
    out.writeBytes(header.array());
    return this;
  }

  PcapBytes raw(byte[] bytes) {
    out.writeBytes(bytes);
    return this;
  }

  byte[] bytes() {
    return out.toByteArray();
  }
}
