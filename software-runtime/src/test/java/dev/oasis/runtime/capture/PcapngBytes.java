package dev.oasis.runtime.capture;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds pcapng files block by block, straight from the specification (draft-ietf-opsawg-pcapng):
 * each block is type, total length, body padded to 4 bytes, total length again. Each section may
 * have its own byte order. Written independently of the code under test so that it can serve as an
 * oracle.
 */
final class PcapngBytes {

  static final int SHB = 0x0A0D0D0A;
  static final int IDB = 1;
  static final int PB = 2;
  static final int SPB = 3;
  static final int NRB = 4;
  static final int ISB = 5;
  static final int EPB = 6;
  static final int DSB = 0x0A;
  static final int CUSTOM = 0x00000BAD;

  static final int SHB_USERAPPL = 4;
  static final int IF_NAME = 2;
  static final int IF_TSRESOL = 9;
  static final int IF_TSOFFSET = 14;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

  /** Starts a section of version 1.0 in the given byte order, with options. */
  PcapngBytes section(ByteOrder order, byte[]... options) {
    return section(order, 1, 0, options);
  }

  PcapngBytes section(ByteOrder order, int major, int minor, byte[]... options) {
    this.order = order;
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        buffer(16)
            .putInt(0x1A2B3C4D)
            .putShort((short) major)
            .putShort((short) minor)
            .putLong(-1L)
            .array());
    writeOptions(body, options);
    return block(SHB, body.toByteArray());
  }

  /** An interface description with options, each given as {@link #option} bytes. */
  PcapngBytes interfaceDescription(int linkType, int snapLength, byte[]... options) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        buffer(8).putShort((short) linkType).putShort((short) 0).putInt(snapLength).array());
    writeOptions(body, options);
    return block(IDB, body.toByteArray());
  }

  /** Options, then opt_endofopt; nothing at all when there are none. */
  private void writeOptions(ByteArrayOutputStream body, byte[]... options) {
    if (options.length > 0) {
      for (byte[] option : options) {
        body.writeBytes(option);
      }
      body.writeBytes(buffer(4).array());
    }
  }

  /** An option: code, length, value, padding. */
  byte[] option(int code, byte[] value) {
    ByteBuffer option = buffer(4 + padded(value.length));
    option.putShort((short) code).putShort((short) value.length).put(value);
    return option.array();
  }

  byte[] nameOption(String name) {
    return option(IF_NAME, name.getBytes(StandardCharsets.UTF_8));
  }

  byte[] resolutionOption(int tsresol) {
    return option(IF_TSRESOL, new byte[] {(byte) tsresol});
  }

  byte[] offsetOption(long seconds) {
    return option(IF_TSOFFSET, buffer(8).putLong(seconds).array());
  }

  /** An enhanced packet block whose captured length is {@code data.length}. */
  PcapngBytes enhancedPacket(int interfaceId, long timestamp, byte[] data, int originalLength) {
    return enhancedPacket(interfaceId, timestamp, data.length, originalLength, data);
  }

  /** An enhanced packet block with any captured length field. */
  PcapngBytes enhancedPacket(
      int interfaceId, long timestamp, long capturedLength, int originalLength, byte[] data) {
    ByteBuffer body = buffer(20 + padded(data.length));
    body.putInt(interfaceId).putInt((int) (timestamp >>> 32)).putInt((int) timestamp);
    body.putInt((int) capturedLength).putInt(originalLength).put(data);
    return block(EPB, body.array());
  }

  /** The obsolete packet block: a 16-bit interface id and a 16-bit drop count. */
  PcapngBytes packet(int interfaceId, long timestamp, byte[] data, int originalLength) {
    ByteBuffer body = buffer(20 + padded(data.length));
    body.putShort((short) interfaceId).putShort((short) 0);
    body.putInt((int) (timestamp >>> 32)).putInt((int) timestamp);
    body.putInt(data.length).putInt(originalLength).put(data);
    return block(PB, body.array());
  }

  /** A simple packet block carrying {@code data}. */
  PcapngBytes simplePacket(int originalLength, byte[] data) {
    ByteBuffer body = buffer(4 + padded(data.length));
    body.putInt(originalLength).put(data);
    return block(SPB, body.array());
  }

  /** Any block: the body is padded to 4 bytes and framed by its lengths. */
  PcapngBytes block(int type, byte[] body) {
    int length = 12 + padded(body.length);
    ByteBuffer block = buffer(length);
    block.putInt(type).putInt(length).put(body).position(length - 4);
    block.putInt(length);
    out.writeBytes(block.array());
    return this;
  }

  PcapngBytes raw(byte[] bytes) {
    out.writeBytes(bytes);
    return this;
  }

  int size() {
    return out.size();
  }

  byte[] bytes() {
    return out.toByteArray();
  }

  private ByteBuffer buffer(int length) {
    return ByteBuffer.allocate(length).order(order);
  }

  static int padded(int length) {
    return (length + 3) & ~3;
  }
}
