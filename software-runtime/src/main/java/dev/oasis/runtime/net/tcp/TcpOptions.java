package dev.oasis.runtime.net.tcp;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import java.util.OptionalInt;

/**
 * The TCP options Oasis understands, read from a header's option bytes (RFC 9293 3.2).
 *
 * <p>End of list (0) stops the scan, no-operation (1) is one byte, every other kind has a length
 * byte that counts the kind and length bytes too. Kinds other than MSS, window scale and SACK
 * permitted are skipped by their length. Oasis never sends window scale or SACK permitted, so a
 * peer must not use either (RFC 7323 1.3, RFC 2018 2); they are recognised only to be reported.
 *
 * @param maximumSegmentSize the MSS option's value, if present
 * @param windowScale the window scale option's shift count, if present
 * @param sackPermitted whether the SACK permitted option is present
 */
public record TcpOptions(
    OptionalInt maximumSegmentSize, OptionalInt windowScale, boolean sackPermitted) {

  /** No options. */
  public static final TcpOptions NONE =
      new TcpOptions(OptionalInt.empty(), OptionalInt.empty(), false);

  /**
   * Parses the option bytes of a header ({@link TcpHeader#options()}).
   *
   * <p>Refused, naming the option's offset from the start of the TCP header: a length byte that is
   * missing, below 2 or runs past the options, an MSS option whose length is not 4, a window scale
   * option whose length is not 3.
   */
  public static ParseResult<TcpOptions> parse(byte[] options) {
    OptionalInt mss = OptionalInt.empty();
    OptionalInt scale = OptionalInt.empty();
    boolean sack = false;
    int i = 0;
    while (i < options.length) {
      int kind = Bytes.u8(options, i);
      if (kind == TcpWire.OPTION_END) {
        break;
      }
      if (kind == TcpWire.OPTION_NOP) {
        i++;
        continue;
      }
      int offset = TcpWire.OPTIONS + i;
      if (i + 1 >= options.length) {
        return ParseResult.failed(
            ParseError.truncated(
                TcpHeader.PROTOCOL, "option " + kind + " length", offset + 1, 0, 1));
      }
      int length = Bytes.u8(options, i + 1);
      if (length < 2 || i + length > options.length) {
        return ParseResult.failed(
            ParseError.invalid(
                TcpHeader.PROTOCOL,
                "option " + kind + " length",
                offset + 1,
                length,
                "2.." + (options.length - i) + " (the option bytes left)"));
      }
      if (kind == TcpWire.OPTION_MSS) {
        if (length != TcpWire.OPTION_MSS_LENGTH) {
          return invalidLength(kind, offset, length, "4");
        }
        mss = OptionalInt.of(Bytes.u16(options, i + 2));
      } else if (kind == TcpWire.OPTION_WINDOW_SCALE) {
        if (length != 3) {
          return invalidLength(kind, offset, length, "3");
        }
        scale = OptionalInt.of(Bytes.u8(options, i + 2));
      } else if (kind == TcpWire.OPTION_SACK_PERMITTED) {
        sack = true;
      }
      i += length;
    }
    return ParseResult.ok(new TcpOptions(mss, scale, sack));
  }

  private static ParseResult<TcpOptions> invalidLength(
      int kind, int offset, int length, String expected) {
    return ParseResult.failed(
        ParseError.invalid(
            TcpHeader.PROTOCOL, "option " + kind + " length", offset + 1, length, expected));
  }

  /** The four bytes of an MSS option carrying {@code mss}, 0..65535. */
  public static byte[] maximumSegmentSizeOption(int mss) {
    TcpHeader.checkRange("maximum segment size", mss, 0xffff);
    byte[] option = new byte[TcpWire.OPTION_MSS_LENGTH];
    Bytes.put8(option, 0, TcpWire.OPTION_MSS);
    Bytes.put8(option, 1, TcpWire.OPTION_MSS_LENGTH);
    Bytes.put16(option, 2, mss);
    return option;
  }
}
