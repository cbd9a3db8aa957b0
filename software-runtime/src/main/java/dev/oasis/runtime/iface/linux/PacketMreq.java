package dev.oasis.runtime.iface.linux;

import com.sun.jna.Structure.FieldOrder;

/**
 * {@code struct packet_mreq} from {@code linux/if_packet.h}: a membership for {@code
 * PACKET_ADD_MEMBERSHIP}, here only {@code PACKET_MR_PROMISC}.
 */
@FieldOrder({"mr_ifindex", "mr_type", "mr_alen", "mr_address"})
public final class PacketMreq extends KernelStruct {

  /** The interface index. */
  public int mr_ifindex;

  /** The membership type, e.g. {@code PACKET_MR_PROMISC}. */
  public short mr_type;

  /** Length of {@link #mr_address} in use (0 for promiscuous mode). */
  public short mr_alen;

  /** A multicast address (unused for promiscuous mode). */
  public byte[] mr_address = new byte[8];

  /** An empty membership (all zero), as {@code sizeof} checks use it. */
  public PacketMreq() {}

  /** A membership of {@code type} on {@code ifindex}. */
  public PacketMreq(int ifindex, int type) {
    mr_ifindex = ifindex;
    mr_type = (short) type;
  }
}
