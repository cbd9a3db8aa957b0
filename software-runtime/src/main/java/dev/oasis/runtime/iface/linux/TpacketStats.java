package dev.oasis.runtime.iface.linux;

import com.sun.jna.Structure.FieldOrder;

/**
 * {@code struct tpacket_stats} from {@code linux/if_packet.h}, as {@code getsockopt(SOL_PACKET,
 * PACKET_STATISTICS)} fills it. Reading it resets the kernel's counters.
 */
@FieldOrder({"tp_packets", "tp_drops"})
public final class TpacketStats extends KernelStruct {

  /** Frames the socket received since the last read, drops included. */
  public int tp_packets;

  /** Frames dropped because the ring was full since the last read. */
  public int tp_drops;
}
