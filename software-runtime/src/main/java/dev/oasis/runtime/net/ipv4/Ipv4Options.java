package dev.oasis.runtime.net.ipv4;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.ParseError;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * The structure of IPv4 options (RFC 791 3.1), without interpreting any option.
 *
 * <p>An option is either a single byte (end of option list, 0; no operation, 1) or a type byte, a
 * length byte that counts both, and data. Bit 7 of the type is the copied flag: such options go
 * into every fragment when a datagram is fragmented, the others only into the first.
 */
public final class Ipv4Options {

  /** Option type: end of option list. */
  public static final int END = 0;

  /** Option type: no operation. */
  public static final int NOP = 1;

  /** The copied flag in an option type. */
  public static final int COPIED = 0x80;

  private Ipv4Options() {}

  /**
   * The first structural error in raw option bytes (as in {@link Ipv4Header#options()}), or empty
   * if every option's length byte is present, at least 2 and within the options. Bytes after an
   * end-of-list option are padding and not looked at.
   */
  public static Optional<ParseError> validate(byte[] options) {
    int i = 0;
    while (i < options.length) {
      int type = Bytes.u8(options, i);
      if (type == END) {
        return Optional.empty();
      }
      if (type == NOP) {
        i++;
        continue;
      }
      int offset = Ipv4Wire.OPTIONS + i;
      if (i + 1 >= options.length) {
        return Optional.of(
            ParseError.truncated("ipv4", "option " + type + " length", offset + 1, 0, 1));
      }
      int length = Bytes.u8(options, i + 1);
      if (length < 2 || i + length > options.length) {
        return Optional.of(
            ParseError.invalid(
                "ipv4",
                "option " + type + " length",
                offset + 1,
                length,
                "2.." + (options.length - i) + " (the option bytes left)"));
      }
      i += length;
    }
    return Optional.empty();
  }

  /**
   * The options a fragment other than the first carries: those with the copied flag, in order,
   * padded with end-of-list bytes to a multiple of 4. The options must be valid ({@link
   * #validate}).
   */
  public static byte[] copiedOnFragmentation(byte[] options) {
    ByteArrayOutputStream copied = new ByteArrayOutputStream();
    int i = 0;
    while (i < options.length) {
      int type = Bytes.u8(options, i);
      if (type == END) {
        break;
      }
      if (type == NOP) {
        i++;
        continue;
      }
      int length = Bytes.u8(options, i + 1);
      if ((type & COPIED) != 0) {
        copied.write(options, i, length);
      }
      i += length;
    }
    while (copied.size() % 4 != 0) {
      copied.write(END);
    }
    return copied.toByteArray();
  }
}
