package dev.oasis.runtime.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads pcapng: a sequence of blocks, each {@code type u32 | total length u32 | body | total length
 * u32}, grouped in sections that each start with a Section Header Block (SHB) fixing the byte order
 * of the section.
 *
 * <p>Frames come from Enhanced Packet Blocks (EPB), Simple Packet Blocks (SPB) and the obsolete
 * Packet Block; Interface Description Blocks (IDB) declare the interfaces they refer to, whose id
 * within the section is the Oasis port. Every other block type (name resolution, statistics,
 * decryption secrets, custom...) is checked for a sound length and skipped. A packet on an
 * interface whose link type is not Ethernet is an error; interfaces that carry no packet may have
 * any link type.
 */
final class PcapngReader implements CaptureReader {

  static final int SECTION_HEADER = 0x0A0D0D0A;
  private static final int INTERFACE_DESCRIPTION = 1;
  private static final int PACKET = 2;
  private static final int SIMPLE_PACKET = 3;
  private static final int ENHANCED_PACKET = 6;

  private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
  private static final int SUPPORTED_MAJOR_VERSION = 1;

  /** Type and total length; an SHB adds its byte-order magic before the length can be read. */
  private static final int BLOCK_HEADER_BYTES = 8;

  private static final int SHB_HEADER_BYTES = 12;
  private static final int TRAILER_BYTES = 4;

  /** Where the packet data starts in an EPB or a Packet Block, counted from the block start. */
  private static final int PACKET_DATA_OFFSET = 28;

  /** Where the packet data starts in an SPB. */
  private static final int SIMPLE_PACKET_DATA_OFFSET = 12;

  /** What {@link #readBlock()} returns for a block that carries no frame. */
  private static final CapturedFrame NO_FRAME = new CapturedFrame(0, 0, new byte[0]);

  private final ByteInput in;
  private final List<PcapngInterface> interfaces = new ArrayList<>();
  private byte[] block = new byte[64 * 1024];
  private ByteOrder order;
  private CaptureFormatException failure;

  private PcapngReader(ByteInput in) {
    this.in = in;
  }

  /** Reads the first Section Header Block; the caller has seen its block type. */
  static PcapngReader open(ByteInput in) throws IOException {
    PcapngReader reader = new PcapngReader(in);
    reader.readBlock();
    return reader;
  }

  @Override
  public CapturedFrame next() throws IOException {
    if (failure != null) {
      throw failure;
    }
    try {
      CapturedFrame frame;
      do {
        frame = readBlock();
      } while (frame == NO_FRAME);
      return frame;
    } catch (CaptureFormatException e) {
      failure = e;
      throw e;
    }
  }

  /**
   * Reads one block; returns its frame, {@link #NO_FRAME} for a block that carries none, or {@code
   * null} at the end of the file.
   */
  private CapturedFrame readBlock() throws IOException {
    long start = in.position();
    int read = in.read(block, 0, BLOCK_HEADER_BYTES);
    if (read == 0) {
      return null;
    }
    if (read < BLOCK_HEADER_BYTES) {
      throw in.error(
          start,
          "block header truncated: " + read + " of " + BLOCK_HEADER_BYTES + " bytes present");
    }

    // A section header is recognised in either byte order and sets the order of what follows.
    int headerBytes = BLOCK_HEADER_BYTES;
    if (ByteBuffer.wrap(block).getInt(0) == SECTION_HEADER) {
      read = in.read(block, BLOCK_HEADER_BYTES, SHB_HEADER_BYTES - BLOCK_HEADER_BYTES);
      headerBytes += read;
      if (headerBytes < SHB_HEADER_BYTES) {
        throw in.error(
            start,
            "section header block truncated: "
                + headerBytes
                + " of "
                + SHB_HEADER_BYTES
                + " bytes present");
      }
      order = byteOrder(start, ByteBuffer.wrap(block).getInt(8));
    } else if (order == null) {
      throw in.error(start, "file does not start with a section header block");
    }

    ByteBuffer header = ByteBuffer.wrap(block).order(order);
    int type = header.getInt(0);
    long length = Integer.toUnsignedLong(header.getInt(4));
    checkLength(start, type, length);
    ByteBuffer contents = readRest(start, headerBytes, (int) length);

    return switch (type) {
      case SECTION_HEADER -> startSection(start, contents);
      case INTERFACE_DESCRIPTION -> addInterface(start, contents);
      case ENHANCED_PACKET -> packet(start, contents, "enhanced packet block", contents.getInt(8));
      case PACKET ->
          packet(start, contents, "packet block", Short.toUnsignedInt(contents.getShort(8)));
      case SIMPLE_PACKET -> simplePacket(start, contents);
      default -> NO_FRAME;
    };
  }

  private ByteOrder byteOrder(long start, int magic) throws CaptureFormatException {
    if (magic == BYTE_ORDER_MAGIC) {
      return ByteOrder.BIG_ENDIAN;
    }
    if (magic == Integer.reverseBytes(BYTE_ORDER_MAGIC)) {
      return ByteOrder.LITTLE_ENDIAN;
    }
    throw in.error(
        start,
        String.format(
            "section header byte-order magic 0x%08x is neither 0x%08x nor its byte swap",
            magic, BYTE_ORDER_MAGIC));
  }

  private void checkLength(long start, int type, long length) throws CaptureFormatException {
    if (length > CaptureLimits.MAX_READ_BYTES) {
      throw in.error(
          start,
          "block length " + length + " exceeds the " + CaptureLimits.MAX_READ_TEXT + " limit");
    }
    if (length % 4 != 0) {
      throw in.error(start, "block length " + length + " is not a multiple of 4");
    }
    int minimum =
        switch (type) {
          case SECTION_HEADER -> 28;
          case INTERFACE_DESCRIPTION -> 20;
          case ENHANCED_PACKET, PACKET -> 32;
          case SIMPLE_PACKET -> 16;
          default -> 12;
        };
    if (length < minimum) {
      throw in.error(
          start,
          blockName(type)
              + " length "
              + length
              + " is below the minimum of "
              + minimum
              + " for its block type");
    }
  }

  /** Reads the block after its first {@code done} bytes and checks the trailing length copy. */
  private ByteBuffer readRest(long start, int done, int length) throws IOException {
    if (block.length < length) {
      block = Arrays.copyOf(block, Math.max(length, 2 * block.length));
    }
    int read = in.read(block, done, length - done);
    if (done + read < length) {
      throw in.error(
          start, "block truncated: header says " + length + " bytes, " + (done + read) + " remain");
    }
    ByteBuffer body = ByteBuffer.wrap(block, 0, length).order(order);
    long trailer = Integer.toUnsignedLong(body.getInt(length - TRAILER_BYTES));
    if (trailer != length) {
      throw in.error(
          start, "block length " + length + " does not match its trailing copy " + trailer);
    }
    return body;
  }

  private CapturedFrame startSection(long start, ByteBuffer shb) throws CaptureFormatException {
    int major = Short.toUnsignedInt(shb.getShort(12));
    int minor = Short.toUnsignedInt(shb.getShort(14));
    if (major != SUPPORTED_MAJOR_VERSION) {
      throw in.error(
          start,
          "section header version "
              + major
              + "."
              + minor
              + " is not supported; expected "
              + SUPPORTED_MAJOR_VERSION
              + ".x");
    }
    interfaces.clear();
    return NO_FRAME;
  }

  private CapturedFrame addInterface(long start, ByteBuffer idb) throws CaptureFormatException {
    interfaces.add(PcapngInterface.parse(interfaces.size(), idb, in, start));
    return NO_FRAME;
  }

  /** An Enhanced Packet Block or a Packet Block; they differ only in the width of the id. */
  private CapturedFrame packet(long start, ByteBuffer packet, String kind, int interfaceId)
      throws CaptureFormatException {
    PcapngInterface iface = ethernetInterface(start, kind, Integer.toUnsignedLong(interfaceId));
    long units =
        (Integer.toUnsignedLong(packet.getInt(12)) << 32)
            | Integer.toUnsignedLong(packet.getInt(16));
    long capturedLength = Integer.toUnsignedLong(packet.getInt(20));
    long originalLength = Integer.toUnsignedLong(packet.getInt(24));

    int room = packet.limit() - TRAILER_BYTES - PACKET_DATA_OFFSET;
    if (capturedLength > room) {
      throw in.error(
          start,
          kind
              + " captured length "
              + capturedLength
              + " exceeds the "
              + room
              + " bytes of packet data the block holds");
    }
    checkLengths(start, kind, iface, capturedLength, originalLength);

    byte[] data =
        Arrays.copyOfRange(block, PACKET_DATA_OFFSET, PACKET_DATA_OFFSET + (int) capturedLength);
    return new CapturedFrame(
        iface.id(), timestampNanos(start, iface, units), data, (int) originalLength);
  }

  /**
   * A Simple Packet Block: interface 0, no timestamp (the frame reads with timestamp 0), and a
   * captured length of the original length cut to the interface's snap length.
   */
  private CapturedFrame simplePacket(long start, ByteBuffer packet) throws CaptureFormatException {
    String kind = "simple packet block";
    PcapngInterface iface = ethernetInterface(start, kind, 0);
    long originalLength = Integer.toUnsignedLong(packet.getInt(8));
    long capturedLength =
        iface.snapLength() == 0 ? originalLength : Math.min(originalLength, iface.snapLength());

    int room = packet.limit() - TRAILER_BYTES - SIMPLE_PACKET_DATA_OFFSET;
    if (capturedLength > room) {
      throw in.error(
          start,
          kind
              + " with original length "
              + originalLength
              + " and snap length "
              + iface.snapLength()
              + " needs "
              + capturedLength
              + " bytes of packet data, but the block holds "
              + room);
    }
    checkLengths(start, kind, iface, capturedLength, originalLength);

    byte[] data =
        Arrays.copyOfRange(
            block, SIMPLE_PACKET_DATA_OFFSET, SIMPLE_PACKET_DATA_OFFSET + (int) capturedLength);
    return new CapturedFrame(0, 0, data, (int) originalLength);
  }

  private PcapngInterface ethernetInterface(long start, String kind, long interfaceId)
      throws CaptureFormatException {
    if (interfaceId >= interfaces.size()) {
      throw in.error(
          start,
          kind
              + " refers to interface "
              + interfaceId
              + ", but the section has declared "
              + (interfaces.isEmpty()
                  ? "no interface"
                  : "only interfaces 0.." + (interfaces.size() - 1)));
    }
    PcapngInterface iface = interfaces.get((int) interfaceId);
    if (iface.linkType() != CaptureLimits.LINKTYPE_ETHERNET) {
      throw in.error(start, CaptureLimits.notEthernet(iface.describe(), iface.linkType()));
    }
    return iface;
  }

  private void checkLengths(
      long start, String kind, PcapngInterface iface, long capturedLength, long originalLength)
      throws CaptureFormatException {
    if (iface.snapLength() != 0 && capturedLength > iface.snapLength()) {
      throw in.error(
          start,
          kind
              + " captured length "
              + capturedLength
              + " exceeds the snap length "
              + iface.snapLength()
              + " of "
              + iface.describe());
    }
    if (capturedLength > originalLength) {
      throw in.error(
          start,
          kind
              + " captured length "
              + capturedLength
              + " exceeds its original length "
              + originalLength);
    }
    if (originalLength > Integer.MAX_VALUE) {
      throw in.error(
          start,
          kind
              + " original length "
              + originalLength
              + " exceeds the largest supported "
              + Integer.MAX_VALUE);
    }
  }

  private long timestampNanos(long start, PcapngInterface iface, long units)
      throws CaptureFormatException {
    try {
      return iface.timestampNanos(units);
    } catch (ArithmeticException e) {
      throw in.error(
          start,
          "timestamp "
              + Long.toUnsignedString(units)
              + " in units of "
              + iface.describeResolution()
              + " (if_tsoffset "
              + iface.offsetSeconds()
              + " s) of "
              + iface.describe()
              + " is outside 1970 to 2262, the range of 64-bit nanoseconds");
    }
  }

  private static String blockName(int type) {
    return switch (type) {
      case SECTION_HEADER -> "section header block";
      case INTERFACE_DESCRIPTION -> "interface description block";
      case ENHANCED_PACKET -> "enhanced packet block";
      case PACKET -> "packet block";
      case SIMPLE_PACKET -> "simple packet block";
      default -> String.format("block of type 0x%08x", type);
    };
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
