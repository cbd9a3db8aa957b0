package dev.oasis.runtime.net.ethernet;

import dev.oasis.runtime.net.WireField;
import java.util.List;

/**
 * Offsets and constants of the Ethernet II header and the 802.1Q tag.
 *
 * <pre>
 *  0               6               12      14      16      18
 * +---------------+---------------+-------+
 * |  destination  |    source     | type  |                      untagged: 14 bytes
 * +---------------+---------------+-------+-------+-------+
 * |  destination  |    source     | 8100  |  tci  | type  |      802.1Q tagged: 18 bytes
 * +---------------+---------------+-------+-------+-------+
 * </pre>
 *
 * <p>TCI: priority code point (3 bits), drop eligible indicator (1 bit), VLAN id (12 bits).
 */
public final class EthernetWire {

  private EthernetWire() {}

  /** Offset of the destination MAC address. */
  public static final int DESTINATION = 0;

  /** Offset of the source MAC address. */
  public static final int SOURCE = 6;

  /** Offset of the EtherType (or the 802.1Q TPID when tagged). */
  public static final int ETHERTYPE = 12;

  /** Length of an untagged header. */
  public static final int HEADER_LENGTH = 14;

  /** Offset of the 802.1Q tag control information, when tagged. */
  public static final int VLAN_TCI = 14;

  /** Offset of the inner EtherType, when tagged. */
  public static final int VLAN_ETHERTYPE = 16;

  /** Length of a header with one 802.1Q tag. */
  public static final int TAGGED_HEADER_LENGTH = 18;

  /** The smallest EtherType value; smaller values are 802.3 length fields. */
  public static final int MIN_ETHERTYPE = 0x0600;

  /** EtherType of IPv4. */
  public static final int ETHERTYPE_IPV4 = 0x0800;

  /** EtherType of ARP. */
  public static final int ETHERTYPE_ARP = 0x0806;

  /** Tag protocol identifier of an IEEE 802.1Q VLAN tag. */
  public static final int ETHERTYPE_VLAN = 0x8100;

  /** EtherType of IPv6 (recognised, not parsed). */
  public static final int ETHERTYPE_IPV6 = 0x86dd;

  /** The untagged header, in wire order. */
  public static final List<WireField> LAYOUT =
      List.of(
          new WireField("destination", DESTINATION, 6),
          new WireField("source", SOURCE, 6),
          new WireField("ethertype", ETHERTYPE, 2));

  /** The fields that follow the TPID in a tagged header. */
  public static final List<WireField> TAG_LAYOUT =
      List.of(
          new WireField("vlan tci", VLAN_TCI, 2),
          new WireField("vlan ethertype", VLAN_ETHERTYPE, 2));
}
