package dev.oasis.runtime.net.icmp;

import dev.oasis.runtime.net.WireField;
import java.util.List;

/**
 * Offsets and constants of ICMP messages.
 *
 * <pre>
 *  0       1       2               4                               8
 * +-------+-------+---------------+-------------------------------+------
 * | type  | code  |   checksum    |        rest of header         | body
 * +-------+-------+---------------+-------------------------------+------
 * </pre>
 *
 * <p>For echo messages the rest of header is identifier (bytes 4-5) and sequence number (6-7) and
 * the body is the echoed data; for errors it is unused (or the next-hop MTU, RFC 1191) and the body
 * quotes the offending datagram.
 */
public final class IcmpWire {

  private IcmpWire() {}

  /** Offset of the type. */
  public static final int TYPE = 0;

  /** Offset of the code. */
  public static final int CODE = 1;

  /** Offset of the checksum (over the whole message). */
  public static final int CHECKSUM = 2;

  /** Offset of the 32-bit rest of header. */
  public static final int REST_OF_HEADER = 4;

  /** Offset of an echo message's identifier. */
  public static final int IDENTIFIER = 4;

  /** Offset of an echo message's sequence number. */
  public static final int SEQUENCE = 6;

  /** Length of the header; the body follows. */
  public static final int HEADER_LENGTH = 8;

  /** Type of an echo reply. */
  public static final int TYPE_ECHO_REPLY = 0;

  /** Type of destination unreachable. */
  public static final int TYPE_DESTINATION_UNREACHABLE = 3;

  /** Type of source quench (deprecated by RFC 6633, still an error message). */
  public static final int TYPE_SOURCE_QUENCH = 4;

  /** Type of redirect. */
  public static final int TYPE_REDIRECT = 5;

  /** Type of an echo request. */
  public static final int TYPE_ECHO_REQUEST = 8;

  /** Type of time exceeded. */
  public static final int TYPE_TIME_EXCEEDED = 11;

  /** Type of parameter problem. */
  public static final int TYPE_PARAMETER_PROBLEM = 12;

  /** Destination unreachable code: net unreachable. */
  public static final int CODE_NET_UNREACHABLE = 0;

  /** Destination unreachable code: host unreachable. */
  public static final int CODE_HOST_UNREACHABLE = 1;

  /** Destination unreachable code: protocol unreachable. */
  public static final int CODE_PROTOCOL_UNREACHABLE = 2;

  /** Destination unreachable code: port unreachable. */
  public static final int CODE_PORT_UNREACHABLE = 3;

  /** Time exceeded code: time to live exceeded in transit. */
  public static final int CODE_TTL_EXCEEDED_IN_TRANSIT = 0;

  /** Time exceeded code: fragment reassembly time exceeded. */
  public static final int CODE_REASSEMBLY_TIME_EXCEEDED = 1;

  /** How many bytes of the offending datagram's payload an error quotes after its header. */
  public static final int QUOTED_PAYLOAD_BYTES = 8;

  /** The header, in wire order. */
  public static final List<WireField> LAYOUT =
      List.of(
          new WireField("type", TYPE, 1),
          new WireField("code", CODE, 1),
          new WireField("checksum", CHECKSUM, 2),
          new WireField("rest of header", REST_OF_HEADER, 4));
}
