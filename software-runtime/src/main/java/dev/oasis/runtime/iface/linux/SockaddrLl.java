package dev.oasis.runtime.iface.linux;

import com.sun.jna.Structure.FieldOrder;

/**
 * {@code struct sockaddr_ll} from {@code linux/if_packet.h}: a link-layer address, as {@code bind}
 * takes it for an {@code AF_PACKET} socket and as the kernel writes it after each frame's {@code
 * tpacket2_hdr} in the receive ring. {@code sll_protocol} is in network byte order.
 */
@FieldOrder({
  "sll_family",
  "sll_protocol",
  "sll_ifindex",
  "sll_hatype",
  "sll_pkttype",
  "sll_halen",
  "sll_addr"
})
public final class SockaddrLl extends KernelStruct {

  /** Always {@code AF_PACKET}. */
  public short sll_family;

  /** The Ethernet protocol, network byte order. */
  public short sll_protocol;

  /** The interface index. */
  public int sll_ifindex;

  /** ARP hardware type (receive side only). */
  public short sll_hatype;

  /** Packet type, e.g. {@code PACKET_OUTGOING} (receive side only). */
  public byte sll_pkttype;

  /** Length of the address (receive side only). */
  public byte sll_halen;

  /** The physical-layer address (receive side only). */
  public byte[] sll_addr = new byte[8];

  /** An address for binding to interface {@code ifindex}, all protocols. */
  public static SockaddrLl bindAll(int ifindex) {
    SockaddrLl address = new SockaddrLl();
    address.sll_family = (short) IfPacket.AF_PACKET;
    address.sll_protocol = IfPacket.htons(IfPacket.ETH_P_ALL);
    address.sll_ifindex = ifindex;
    return address;
  }
}
