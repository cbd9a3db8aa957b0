package dev.oasis.runtime.iface.linux;

import com.sun.jna.Structure.FieldOrder;

/**
 * {@code struct tpacket_req} from {@code linux/if_packet.h}: the geometry of a {@code
 * PACKET_RX_RING} or {@code PACKET_TX_RING}.
 */
@FieldOrder({"tp_block_size", "tp_block_nr", "tp_frame_size", "tp_frame_nr"})
public final class TpacketReq extends KernelStruct {

  /** Bytes in one contiguous block, a multiple of the page size. */
  public int tp_block_size;

  /** Number of blocks. */
  public int tp_block_nr;

  /** Bytes in one frame slot, a multiple of {@code TPACKET_ALIGNMENT}. */
  public int tp_frame_size;

  /** Number of frames: frames per block times blocks. */
  public int tp_frame_nr;

  /** An empty request (all zero), as {@code sizeof} checks use it. */
  public TpacketReq() {}

  /** A request with the given geometry. */
  public TpacketReq(int blockSize, int blockCount, int frameSize, int frameCount) {
    tp_block_size = blockSize;
    tp_block_nr = blockCount;
    tp_frame_size = frameSize;
    tp_frame_nr = frameCount;
  }
}
