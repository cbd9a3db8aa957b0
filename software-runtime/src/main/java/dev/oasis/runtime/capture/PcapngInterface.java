package dev.oasis.runtime.capture;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One interface that a pcapng Interface Description Block declares, with what is needed to read its
 * packets: link type, snap length, name and the timestamp unit (options if_tsresol and
 * if_tsoffset).
 */
final class PcapngInterface {

  /** The if_tsresol value meaning microseconds, the default when the option is absent. */
  static final int MICROSECONDS = 6;

  /** The if_tsresol value meaning nanoseconds. */
  static final int NANOSECONDS = 9;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final BigInteger BIG_NANOS_PER_SECOND = BigInteger.valueOf(NANOS_PER_SECOND);
  private static final int BINARY_FLAG = 0x80;

  private static final int OPTION_END = 0;
  private static final int OPTION_IF_NAME = 2;
  private static final int OPTION_IF_TSRESOL = 9;
  private static final int OPTION_IF_TSOFFSET = 14;

  /** Where the options start, counted from the block start; the length copy ends the block. */
  private static final int FIRST_OPTION = 16;

  private static final int TRAILER_BYTES = 4;

  private final int id;
  private final int linkType;
  private final long snapLength;
  private final String name;
  private final int resolution;
  private final long offsetSeconds;
  private final BigInteger unitsPerSecond;

  /**
   * Describes an interface.
   *
   * @param id the interface id within its section
   * @param linkType the LINKTYPE_ value
   * @param snapLength the largest captured length, 0 for no limit
   * @param name the if_name option, or {@code null}
   * @param resolution the if_tsresol byte: 10^-n seconds, or 2^-n when the top bit is set
   * @param offsetSeconds the if_tsoffset option, seconds added to every timestamp
   */
  PcapngInterface(
      int id, int linkType, long snapLength, String name, int resolution, long offsetSeconds) {
    this.id = id;
    this.linkType = linkType;
    this.snapLength = snapLength;
    this.name = name;
    this.resolution = resolution;
    this.offsetSeconds = offsetSeconds;
    int exponent = resolution & ~BINARY_FLAG;
    this.unitsPerSecond =
        (resolution & BINARY_FLAG) != 0
            ? BigInteger.ONE.shiftLeft(exponent)
            : BigInteger.TEN.pow(exponent);
  }

  /**
   * Reads an Interface Description Block: {@code type | length | link type u16 | reserved u16 |
   * snap length u32 | options | length}, each option {@code code u16 | length u16 | value padded to
   * 4 bytes}.
   *
   * @param id the id the block gets: the number of interfaces the section declared before it
   * @param idb the whole block, in the byte order of its section
   * @param in the input, for errors
   * @param start the offset of the block in the file, for errors
   */
  static PcapngInterface parse(int id, ByteBuffer idb, ByteInput in, long start)
      throws CaptureFormatException {
    int linkType = Short.toUnsignedInt(idb.getShort(8));
    long snapLength = Integer.toUnsignedLong(idb.getInt(12));
    String name = null;
    int resolution = MICROSECONDS;
    long offsetSeconds = 0;

    int end = idb.limit() - TRAILER_BYTES;
    int at = FIRST_OPTION;
    while (end - at >= 4) {
      int code = Short.toUnsignedInt(idb.getShort(at));
      int length = Short.toUnsignedInt(idb.getShort(at + 2));
      int value = at + 4;
      if (code == OPTION_END) {
        break;
      }
      if (length > end - value) {
        throw in.error(
            start,
            "interface description block option "
                + code
                + " has length "
                + length
                + ", but only "
                + (end - value)
                + " bytes of the block remain");
      }
      switch (code) {
        case OPTION_IF_NAME ->
            name = new String(idb.array(), value, length, StandardCharsets.UTF_8);
        case OPTION_IF_TSRESOL -> {
          checkOptionLength(in, start, "if_tsresol", length, 1);
          resolution = Byte.toUnsignedInt(idb.get(value));
        }
        case OPTION_IF_TSOFFSET -> {
          checkOptionLength(in, start, "if_tsoffset", length, 8);
          offsetSeconds = idb.getLong(value);
        }
        default -> {
          // Other options do not change how packets read.
        }
      }
      at = value + ((length + 3) & ~3);
    }
    return new PcapngInterface(id, linkType, snapLength, name, resolution, offsetSeconds);
  }

  private static void checkOptionLength(
      ByteInput in, long start, String option, int length, int expected)
      throws CaptureFormatException {
    if (length != expected) {
      throw in.error(
          start,
          "interface description block option "
              + option
              + " has length "
              + length
              + "; expected "
              + expected);
    }
  }

  int id() {
    return id;
  }

  int linkType() {
    return linkType;
  }

  long snapLength() {
    return snapLength;
  }

  /** "interface 1" or "interface 1 ("eth0")", as errors name it. */
  String describe() {
    return name == null ? "interface " + id : "interface " + id + " (\"" + name + "\")";
  }

  /** The timestamp unit as errors show it, e.g. "10^-6 s" or "2^-8 s". */
  String describeResolution() {
    int exponent = resolution & ~BINARY_FLAG;
    return ((resolution & BINARY_FLAG) != 0 ? "2^-" : "10^-") + exponent + " s";
  }

  long offsetSeconds() {
    return offsetSeconds;
  }

  /**
   * Converts a timestamp in this interface's units, an unsigned 64-bit count, to nanoseconds since
   * 1970, rounding down.
   *
   * @throws ArithmeticException if the result does not fit a non-negative {@code long}
   */
  long timestampNanos(long units) {
    long nanos;
    if (resolution == MICROSECONDS && units >= 0) {
      nanos = Math.multiplyExact(units, 1000L);
    } else if (resolution == NANOSECONDS && units >= 0) {
      nanos = units;
    } else {
      BigInteger exact = new BigInteger(Long.toUnsignedString(units));
      nanos = exact.multiply(BIG_NANOS_PER_SECOND).divide(unitsPerSecond).longValueExact();
    }
    long result = Math.addExact(nanos, Math.multiplyExact(offsetSeconds, NANOS_PER_SECOND));
    if (result < 0) {
      throw new ArithmeticException("before 1970");
    }
    return result;
  }
}
