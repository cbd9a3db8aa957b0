package dev.oasis.runtime.net.tcp;

import dev.oasis.runtime.net.WireField;
import java.util.List;

/**
 * Offsets and constants of the TCP header (RFC 9293 section 3.1).
 *
 * <pre>
 *  0               2               4                               8
 * +---------------+---------------+-------------------------------+
 * |  source port  |   dest. port  |        sequence number        |
 * +---------------+---------------+-------------------------------+
 * |     acknowledgement number    |off|rsv| flags |    window     |
 * +-------------------------------+-------+-------+---------------+
 * |   checksum    | urgent pointer|  options (data offset * 4 - 20) ... | data
 * +---------------+---------------+--------------------------------------
 *  16              18              20
 * </pre>
 *
 * <p>The data offset is the high nibble of byte 12, in 32-bit words; the low nibble is reserved.
 * Byte 13 holds the eight flags, CWR (bit 7) down to FIN (bit 0).
 */
public final class TcpWire {

  private TcpWire() {}

  /** Offset of the source port. */
  public static final int SOURCE_PORT = 0;

  /** Offset of the destination port. */
  public static final int DESTINATION_PORT = 2;

  /** Offset of the sequence number. */
  public static final int SEQUENCE = 4;

  /** Offset of the acknowledgement number. */
  public static final int ACKNOWLEDGEMENT = 8;

  /** Offset of the data offset (high nibble, 32-bit words) and reserved bits. */
  public static final int DATA_OFFSET = 12;

  /** Offset of the flags byte. */
  public static final int FLAGS = 13;

  /** Offset of the window. */
  public static final int WINDOW = 14;

  /** Offset of the checksum (over the pseudo header, header and data). */
  public static final int CHECKSUM = 16;

  /** Offset of the urgent pointer. */
  public static final int URGENT_POINTER = 18;

  /** Offset of the options, when the data offset is above 5. */
  public static final int OPTIONS = 20;

  /** Length of a header without options. */
  public static final int MIN_HEADER_LENGTH = 20;

  /** Length of a header with 40 bytes of options (data offset 15). */
  public static final int MAX_HEADER_LENGTH = 60;

  /** FIN: no more data from the sender. */
  public static final int FIN = 0x01;

  /** SYN: synchronise sequence numbers. */
  public static final int SYN = 0x02;

  /** RST: reset the connection. */
  public static final int RST = 0x04;

  /** PSH: push function. */
  public static final int PSH = 0x08;

  /** ACK: the acknowledgement number is significant. */
  public static final int ACK = 0x10;

  /** URG: the urgent pointer is significant. */
  public static final int URG = 0x20;

  /** ECE: ECN echo (RFC 3168). */
  public static final int ECE = 0x40;

  /** CWR: congestion window reduced (RFC 3168). */
  public static final int CWR = 0x80;

  /** Option kind: end of option list. */
  public static final int OPTION_END = 0;

  /** Option kind: no operation (padding). */
  public static final int OPTION_NOP = 1;

  /** Option kind: maximum segment size (length 4, only in a SYN). */
  public static final int OPTION_MSS = 2;

  /** Option kind: window scale (RFC 7323, length 3). */
  public static final int OPTION_WINDOW_SCALE = 3;

  /** Option kind: SACK permitted (RFC 2018, length 2). */
  public static final int OPTION_SACK_PERMITTED = 4;

  /** Option kind: timestamps (RFC 7323, length 10). */
  public static final int OPTION_TIMESTAMPS = 8;

  /** Length of the maximum segment size option. */
  public static final int OPTION_MSS_LENGTH = 4;

  /** The MSS a sender assumes when the peer's SYN carries none (RFC 9293 3.7.1). */
  public static final int DEFAULT_MSS = 536;

  /** The fixed part of the header, in wire order. */
  public static final List<WireField> LAYOUT =
      List.of(
          new WireField("source port", SOURCE_PORT, 2),
          new WireField("destination port", DESTINATION_PORT, 2),
          new WireField("sequence number", SEQUENCE, 4),
          new WireField("acknowledgement number", ACKNOWLEDGEMENT, 4),
          new WireField("data offset", DATA_OFFSET, 1),
          new WireField("flags", FLAGS, 1),
          new WireField("window", WINDOW, 2),
          new WireField("checksum", CHECKSUM, 2),
          new WireField("urgent pointer", URGENT_POINTER, 2));
}
