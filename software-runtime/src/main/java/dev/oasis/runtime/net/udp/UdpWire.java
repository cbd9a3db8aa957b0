package dev.oasis.runtime.net.udp;

import dev.oasis.runtime.net.WireField;
import java.util.List;

/**
 * Offsets and constants of the UDP header.
 *
 * <pre>
 *  0               2               4               6               8
 * +---------------+---------------+---------------+---------------+------
 * |  source port  |  dest. port   |    length     |   checksum    | data
 * +---------------+---------------+---------------+---------------+------
 * </pre>
 */
public final class UdpWire {

  private UdpWire() {}

  /** Offset of the source port. */
  public static final int SOURCE_PORT = 0;

  /** Offset of the destination port. */
  public static final int DESTINATION_PORT = 2;

  /** Offset of the length (header and data, in bytes). */
  public static final int LENGTH = 4;

  /** Offset of the checksum. */
  public static final int CHECKSUM = 6;

  /** Length of the header. */
  public static final int HEADER_LENGTH = 8;

  /** The header, in wire order. */
  public static final List<WireField> LAYOUT =
      List.of(
          new WireField("source port", SOURCE_PORT, 2),
          new WireField("destination port", DESTINATION_PORT, 2),
          new WireField("length", LENGTH, 2),
          new WireField("checksum", CHECKSUM, 2));
}
