package dev.oasis.runtime.net.ipv4;

import dev.oasis.runtime.net.WireField;
import java.util.List;

/**
 * Offsets and constants of the IPv4 header.
 *
 * <pre>
 *  0       4       8               16  19                          32 bits
 * +-------+-------+---------------+---+---------------------------+
 * |version|  ihl  |type of service|        total length           |  0
 * +-------+-------+---------------+---+---------------------------+
 * |        identification         |flg|     fragment offset       |  4
 * +---------------+---------------+---+---------------------------+
 * | time to live  |   protocol    |       header checksum         |  8
 * +---------------+---------------+-------------------------------+
 * |                        source address                         | 12
 * +---------------------------------------------------------------+
 * |                      destination address                      | 16
 * +---------------------------------------------------------------+
 * |                options (ihl * 4 - 20 bytes)                   | 20
 * +---------------------------------------------------------------+
 * </pre>
 */
public final class Ipv4Wire {

  private Ipv4Wire() {}

  /** Offset of the version (high nibble) and IHL (low nibble, in 32-bit words). */
  public static final int VERSION_IHL = 0;

  /** Offset of the type of service byte: DSCP (high 6 bits) and ECN (low 2 bits). */
  public static final int TYPE_OF_SERVICE = 1;

  /** Offset of the total length (header and payload, in bytes). */
  public static final int TOTAL_LENGTH = 2;

  /** Offset of the identification. */
  public static final int IDENTIFICATION = 4;

  /** Offset of the flags (high 3 bits) and fragment offset (low 13 bits, in 8-byte units). */
  public static final int FLAGS_FRAGMENT_OFFSET = 6;

  /** Offset of the time to live. */
  public static final int TTL = 8;

  /** Offset of the protocol. */
  public static final int PROTOCOL = 9;

  /** Offset of the header checksum. */
  public static final int CHECKSUM = 10;

  /** Offset of the source address. */
  public static final int SOURCE = 12;

  /** Offset of the destination address. */
  public static final int DESTINATION = 16;

  /** Offset of the options, when IHL is above 5. */
  public static final int OPTIONS = 20;

  /** Length of a header without options. */
  public static final int MIN_HEADER_LENGTH = 20;

  /** Length of a header with 40 bytes of options (IHL 15). */
  public static final int MAX_HEADER_LENGTH = 60;

  /** The version field of IPv4. */
  public static final int VERSION = 4;

  /** The don't fragment flag within the flags and fragment offset word. */
  public static final int FLAG_DONT_FRAGMENT = 0x4000;

  /** The more fragments flag within the flags and fragment offset word. */
  public static final int FLAG_MORE_FRAGMENTS = 0x2000;

  /** The fragment offset within the flags and fragment offset word. */
  public static final int FRAGMENT_OFFSET_MASK = 0x1fff;

  /** Protocol number of ICMP. */
  public static final int PROTOCOL_ICMP = 1;

  /** Protocol number of TCP. */
  public static final int PROTOCOL_TCP = 6;

  /** Protocol number of UDP. */
  public static final int PROTOCOL_UDP = 17;

  /** The fixed part of the header, in wire order. */
  public static final List<WireField> LAYOUT =
      List.of(
          new WireField("version", VERSION_IHL, 1),
          new WireField("type of service", TYPE_OF_SERVICE, 1),
          new WireField("total length", TOTAL_LENGTH, 2),
          new WireField("identification", IDENTIFICATION, 2),
          new WireField("flags and fragment offset", FLAGS_FRAGMENT_OFFSET, 2),
          new WireField("time to live", TTL, 1),
          new WireField("protocol", PROTOCOL, 1),
          new WireField("header checksum", CHECKSUM, 2),
          new WireField("source", SOURCE, 4),
          new WireField("destination", DESTINATION, 4));
}
