package dev.oasis.runtime.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads classic pcap: a 24-byte global header, then records of a 16-byte header and the captured
 * bytes. Both byte orders, microsecond (magic 0xa1b2c3d4) and nanosecond (0xa1b23c4d) timestamps.
 * Every frame reads as port 0.
 *
 * <pre>
 * global header: magic u32 | major u16 | minor u16 | thiszone s32 | sigfigs u32 | snaplen u32
 *                | linktype u32
 * record header: seconds u32 | fraction u32 | captured length u32 | original length u32
 * </pre>
 */
final class PcapReader implements CaptureReader {

  static final int MAGIC_MICROSECONDS = 0xa1b2c3d4;
  static final int MAGIC_NANOSECONDS = 0xa1b23c4d;

  private static final int GLOBAL_HEADER_BYTES = 24;
  private static final int RECORD_HEADER_BYTES = 16;
  private static final int SUPPORTED_MAJOR_VERSION = 2;

  private final ByteInput in;
  private final ByteBuffer recordHeader;
  private final long nanosPerFractionUnit;
  private final long snapLength;
  private CaptureFormatException failure;

  private PcapReader(ByteInput in, ByteOrder order, boolean nanosecond, long snapLength) {
    this.in = in;
    this.recordHeader = ByteBuffer.allocate(RECORD_HEADER_BYTES).order(order);
    this.nanosPerFractionUnit = nanosecond ? 1 : 1000;
    this.snapLength = snapLength;
  }

  /** Reads and checks the global header; the caller has seen one of the pcap magic numbers. */
  static PcapReader open(ByteInput in) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(GLOBAL_HEADER_BYTES);
    int read = in.read(header.array(), 0, GLOBAL_HEADER_BYTES);
    if (read < GLOBAL_HEADER_BYTES) {
      throw in.error(
          0,
          "pcap global header truncated: "
              + read
              + " of "
              + GLOBAL_HEADER_BYTES
              + " bytes present");
    }

    // The magic number, read big-endian, tells the byte order and the timestamp resolution.
    int magic = header.getInt(0);
    boolean swapped =
        magic == Integer.reverseBytes(MAGIC_MICROSECONDS)
            || magic == Integer.reverseBytes(MAGIC_NANOSECONDS);
    header.order(swapped ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    boolean nanosecond = header.getInt(0) == MAGIC_NANOSECONDS;

    int major = Short.toUnsignedInt(header.getShort(4));
    int minor = Short.toUnsignedInt(header.getShort(6));
    if (major != SUPPORTED_MAJOR_VERSION) {
      throw in.error(
          0,
          "pcap version "
              + major
              + "."
              + minor
              + " is not supported; expected "
              + SUPPORTED_MAJOR_VERSION
              + ".x");
    }

    long snapLength = Integer.toUnsignedLong(header.getInt(16));
    // The low 16 bits are the link type; the high ones flag an FCS on every frame, or are reserved.
    int linkTypeField = header.getInt(20);
    int linkType = linkTypeField & 0xFFFF;
    if (linkType != CaptureLimits.LINKTYPE_ETHERNET) {
      throw in.error(0, CaptureLimits.notEthernet("interface 0", linkType));
    }
    if (linkTypeField != linkType) {
      throw in.error(
          0,
          String.format(
              "link type field 0x%08x sets FCS or reserved bits 0x%04x; only Ethernet frames"
                  + " without FCS are supported",
              linkTypeField, linkTypeField >>> 16));
    }
    return new PcapReader(in, header.order(), nanosecond, snapLength);
  }

  @Override
  public CapturedFrame next() throws IOException {
    if (failure != null) {
      throw failure;
    }
    try {
      return readRecord();
    } catch (CaptureFormatException e) {
      failure = e;
      throw e;
    }
  }

  private CapturedFrame readRecord() throws IOException {
    long start = in.position();
    int read = in.read(recordHeader.array(), 0, RECORD_HEADER_BYTES);
    if (read == 0) {
      return null;
    }
    if (read < RECORD_HEADER_BYTES) {
      throw in.error(
          start,
          "record header truncated: " + read + " of " + RECORD_HEADER_BYTES + " bytes present");
    }

    long seconds = Integer.toUnsignedLong(recordHeader.getInt(0));
    long fraction = Integer.toUnsignedLong(recordHeader.getInt(4));
    long capturedLength = Integer.toUnsignedLong(recordHeader.getInt(8));
    long originalLength = Integer.toUnsignedLong(recordHeader.getInt(12));
    checkLengths(start, capturedLength, originalLength);

    byte[] data = new byte[(int) capturedLength];
    read = in.read(data, 0, data.length);
    if (read < data.length) {
      throw in.error(
          start, "record truncated: header says " + capturedLength + " bytes, " + read + " remain");
    }

    // Neither field can overflow: 2^32 seconds are 4.3e18 ns, below 2^63 (9.2e18).
    long timestampNanos = seconds * 1_000_000_000L + fraction * nanosPerFractionUnit;
    return new CapturedFrame(0, timestampNanos, data, (int) originalLength);
  }

  private void checkLengths(long start, long capturedLength, long originalLength)
      throws CaptureFormatException {
    if (capturedLength > CaptureLimits.MAX_READ_BYTES) {
      throw in.error(
          start,
          "record captured length "
              + capturedLength
              + " exceeds the "
              + CaptureLimits.MAX_READ_TEXT
              + " limit");
    }
    if (snapLength != 0 && capturedLength > snapLength) {
      throw in.error(
          start,
          "record captured length "
              + capturedLength
              + " exceeds the snap length "
              + snapLength
              + " of the file");
    }
    if (capturedLength > originalLength) {
      throw in.error(
          start,
          "record captured length "
              + capturedLength
              + " exceeds its original length "
              + originalLength);
    }
    if (originalLength > Integer.MAX_VALUE) {
      throw in.error(
          start,
          "record original length "
              + originalLength
              + " exceeds the largest supported "
              + Integer.MAX_VALUE);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
