package dev.oasis.runtime.iface.linux;

/**
 * Constants of {@code AF_PACKET} sockets and the TPACKET_V2 ring ({@code linux/if_packet.h}, {@code
 * linux/if_ether.h}, {@code sys/socket.h}), and the byte offsets inside one ring frame.
 *
 * <p>A TPACKET_V2 ring frame starts with {@code struct tpacket2_hdr}; the kernel writes a {@code
 * struct sockaddr_ll} after it at {@link #TPACKET2_ALIGNED_HDR_BYTES}, and the frame bytes start at
 * {@code tp_mac} (receive) or at {@link #TPACKET2_ALIGNED_HDR_BYTES} (transmit, without {@code
 * PACKET_TX_HAS_OFF}):
 *
 * <pre>
 *   0  u32 tp_status      16 u32 tp_sec
 *   4  u32 tp_len         20 u32 tp_nsec
 *   8  u32 tp_snaplen     24 u16 tp_vlan_tci
 *  12  u16 tp_mac         26 u16 tp_vlan_tpid
 *  14  u16 tp_net         28 u8  tp_padding[4]
 *  32  struct sockaddr_ll (20 bytes; sll_pkttype at 32 + 10)
 * </pre>
 */
public final class IfPacket {

  /** {@code AF_PACKET}. */
  public static final int AF_PACKET = 17;

  /** {@code SOCK_RAW}. */
  public static final int SOCK_RAW = 3;

  /** {@code SOCK_CLOEXEC}. */
  public static final int SOCK_CLOEXEC = 0x80000;

  /** {@code ETH_P_ALL}: every protocol (host byte order). */
  public static final int ETH_P_ALL = 0x0003;

  /** {@code SOL_PACKET}. */
  public static final int SOL_PACKET = 263;

  /** {@code PACKET_ADD_MEMBERSHIP}. */
  public static final int PACKET_ADD_MEMBERSHIP = 1;

  /** {@code PACKET_RX_RING}. */
  public static final int PACKET_RX_RING = 5;

  /** {@code PACKET_STATISTICS}. */
  public static final int PACKET_STATISTICS = 6;

  /** {@code PACKET_VERSION}. */
  public static final int PACKET_VERSION = 10;

  /** {@code PACKET_TX_RING}. */
  public static final int PACKET_TX_RING = 13;

  /** {@code PACKET_LOSS}: the transmit ring skips frames the kernel refuses. */
  public static final int PACKET_LOSS = 14;

  /** {@code PACKET_IGNORE_OUTGOING} (Linux 4.20 and later). */
  public static final int PACKET_IGNORE_OUTGOING = 23;

  /** {@code PACKET_MR_PROMISC}. */
  public static final int PACKET_MR_PROMISC = 1;

  /** {@code TPACKET_V2} (enum tpacket_versions). */
  public static final int TPACKET_V2 = 1;

  /** {@code TPACKET_ALIGNMENT}: frame sizes are multiples of it. */
  public static final int TPACKET_ALIGNMENT = 16;

  /** {@code sll_pkttype} of a frame this host sends ({@code PACKET_OUTGOING}). */
  public static final int PACKET_OUTGOING = 4;

  /** Receive ring: the frame belongs to the kernel ({@code TP_STATUS_KERNEL}). */
  public static final int TP_STATUS_KERNEL = 0;

  /** Receive ring: the frame holds a packet for user space ({@code TP_STATUS_USER}). */
  public static final int TP_STATUS_USER = 1;

  /** Receive ring: the VLAN tag was stripped into {@code tp_vlan_tci}. */
  public static final int TP_STATUS_VLAN_VALID = 0x10;

  /** Receive ring: {@code tp_vlan_tpid} is valid. */
  public static final int TP_STATUS_VLAN_TPID_VALID = 0x40;

  /** Transmit ring: the frame is free ({@code TP_STATUS_AVAILABLE}). */
  public static final int TP_STATUS_AVAILABLE = 0;

  /** Transmit ring: the frame is ready to send ({@code TP_STATUS_SEND_REQUEST}). */
  public static final int TP_STATUS_SEND_REQUEST = 1;

  /** Transmit ring: the kernel is sending the frame ({@code TP_STATUS_SENDING}). */
  public static final int TP_STATUS_SENDING = 2;

  /** Transmit ring: the kernel refused the frame ({@code TP_STATUS_WRONG_FORMAT}). */
  public static final int TP_STATUS_WRONG_FORMAT = 4;

  /** Offset of {@code tp_status} in {@code tpacket2_hdr}. */
  public static final int TP_STATUS = 0;

  /** Offset of {@code tp_len}. */
  public static final int TP_LEN = 4;

  /** Offset of {@code tp_snaplen}. */
  public static final int TP_SNAPLEN = 8;

  /** Offset of {@code tp_mac}. */
  public static final int TP_MAC = 12;

  /** Offset of {@code tp_net}. */
  public static final int TP_NET = 14;

  /** Offset of {@code tp_sec}. */
  public static final int TP_SEC = 16;

  /** Offset of {@code tp_nsec}. */
  public static final int TP_NSEC = 20;

  /** Offset of {@code tp_vlan_tci}. */
  public static final int TP_VLAN_TCI = 24;

  /** Offset of {@code tp_vlan_tpid}. */
  public static final int TP_VLAN_TPID = 26;

  /** {@code sizeof(struct tpacket2_hdr)}. */
  public static final int TPACKET2_HDR_BYTES = 32;

  /** {@code TPACKET_ALIGN(sizeof(struct tpacket2_hdr))}: where {@code sockaddr_ll} starts. */
  public static final int TPACKET2_ALIGNED_HDR_BYTES = 32;

  /** {@code sizeof(struct sockaddr_ll)}. */
  public static final int SOCKADDR_LL_BYTES = 20;

  /** {@code TPACKET2_HDRLEN}: the header and the address; the smallest possible frame size. */
  public static final int TPACKET2_HDRLEN = TPACKET2_ALIGNED_HDR_BYTES + SOCKADDR_LL_BYTES;

  /** Offset of {@code sll_pkttype} inside {@code struct sockaddr_ll}. */
  public static final int SLL_PKTTYPE = 10;

  private IfPacket() {}

  /** {@code htons}: a 16-bit value in network byte order, as a little-endian host stores it. */
  public static short htons(int value) {
    return Short.reverseBytes((short) value);
  }
}
