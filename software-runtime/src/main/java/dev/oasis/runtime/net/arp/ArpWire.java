package dev.oasis.runtime.net.arp;

import dev.oasis.runtime.net.WireField;
import java.util.List;

/**
 * Offsets and constants of an ARP packet for IPv4 over Ethernet (28 bytes).
 *
 * <pre>
 *  0       2       4   5   6       8               14      18              24      28
 * +-------+-------+---+---+-------+---------------+-------+---------------+-------+
 * | htype | ptype |hln|pln| oper  |      sha      |  spa  |      tha      |  tpa  |
 * +-------+-------+---+---+-------+---------------+-------+---------------+-------+
 * </pre>
 */
public final class ArpWire {

  private ArpWire() {}

  /** Offset of the hardware type. */
  public static final int HARDWARE_TYPE = 0;

  /** Offset of the protocol type. */
  public static final int PROTOCOL_TYPE = 2;

  /** Offset of the hardware address length. */
  public static final int HARDWARE_LENGTH = 4;

  /** Offset of the protocol address length. */
  public static final int PROTOCOL_LENGTH = 5;

  /** Offset of the operation. */
  public static final int OPERATION = 6;

  /** Offset of the sender hardware address. */
  public static final int SENDER_HARDWARE_ADDRESS = 8;

  /** Offset of the sender protocol address. */
  public static final int SENDER_PROTOCOL_ADDRESS = 14;

  /** Offset of the target hardware address. */
  public static final int TARGET_HARDWARE_ADDRESS = 18;

  /** Offset of the target protocol address. */
  public static final int TARGET_PROTOCOL_ADDRESS = 24;

  /** Length of an ARP packet for IPv4 over Ethernet. */
  public static final int LENGTH = 28;

  /** Hardware type of Ethernet. */
  public static final int HARDWARE_TYPE_ETHERNET = 1;

  /** Protocol type of IPv4 (its EtherType). */
  public static final int PROTOCOL_TYPE_IPV4 = 0x0800;

  /** Operation code of a request. */
  public static final int OPERATION_REQUEST = 1;

  /** Operation code of a reply. */
  public static final int OPERATION_REPLY = 2;

  /** The packet, in wire order. */
  public static final List<WireField> LAYOUT =
      List.of(
          new WireField("hardware type", HARDWARE_TYPE, 2),
          new WireField("protocol type", PROTOCOL_TYPE, 2),
          new WireField("hardware address length", HARDWARE_LENGTH, 1),
          new WireField("protocol address length", PROTOCOL_LENGTH, 1),
          new WireField("operation", OPERATION, 2),
          new WireField("sender hardware address", SENDER_HARDWARE_ADDRESS, 6),
          new WireField("sender protocol address", SENDER_PROTOCOL_ADDRESS, 4),
          new WireField("target hardware address", TARGET_HARDWARE_ADDRESS, 6),
          new WireField("target protocol address", TARGET_PROTOCOL_ADDRESS, 4));
}
