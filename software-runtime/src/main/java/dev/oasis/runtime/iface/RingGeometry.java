package dev.oasis.runtime.iface;

import dev.oasis.runtime.iface.linux.IfPacket;

/**
 * The shape of one {@code PACKET_MMAP} ring ({@code struct tpacket_req}): {@code blockCount} blocks
 * of {@code blockSize} bytes, each cut into as many {@code frameSize}-byte frame slots as fit. The
 * receive and the transmit ring of an {@link AfPacketInterface} have the same shape.
 *
 * <p>The kernel's rules, checked here so that a bad value is reported by name rather than as {@code
 * EINVAL}: the block size is a multiple of the page size; the frame size is a multiple of {@code
 * TPACKET_ALIGNMENT} (16), holds the 52-byte TPACKET_V2 header and some frame, and is at most one
 * block; the ring is at most {@link #MAX_RING_BYTES}.
 *
 * @param blockSize bytes per block
 * @param blockCount blocks per ring
 * @param frameSize bytes per frame slot, header included
 */
public record RingGeometry(int blockSize, int blockCount, int frameSize) {

  /**
   * 64 KiB blocks, 32 of them, 2048-byte frames: 1024 frames of up to 1982 bytes (received) or 2016
   * bytes (sent) in a 2 MiB ring.
   */
  public static final RingGeometry DEFAULT = new RingGeometry(65_536, 32, 2048);

  /** The smallest frame slot accepted: the TPACKET_V2 header and room for a 60-byte frame. */
  public static final int MIN_FRAME_SIZE = 128;

  /** The largest ring accepted: 512 MiB (the receive and transmit rings together are 1 GiB). */
  public static final long MAX_RING_BYTES = 512L << 20;

  /**
   * Checks the rules that need no page size; see {@link #validate(int)} for the rest.
   *
   * @throws IllegalArgumentException naming the field, its value and what is expected
   */
  public RingGeometry {
    if (blockSize <= 0) {
      throw new IllegalArgumentException(
          "ring block size "
              + blockSize
              + " is not positive; expected a multiple of the page size");
    }
    if (blockCount <= 0) {
      throw new IllegalArgumentException(
          "ring block count " + blockCount + " is not positive; expected 1 or more");
    }
    if (frameSize < MIN_FRAME_SIZE) {
      throw new IllegalArgumentException(
          "ring frame size "
              + frameSize
              + " is below "
              + MIN_FRAME_SIZE
              + "; expected room for the "
              + IfPacket.TPACKET2_HDRLEN
              + "-byte TPACKET_V2 header and a frame");
    }
    if (frameSize % IfPacket.TPACKET_ALIGNMENT != 0) {
      throw new IllegalArgumentException(
          "ring frame size "
              + frameSize
              + " is not a multiple of "
              + IfPacket.TPACKET_ALIGNMENT
              + " (TPACKET_ALIGNMENT)");
    }
    if (frameSize > blockSize) {
      throw new IllegalArgumentException(
          "ring frame size "
              + frameSize
              + " exceeds the block size "
              + blockSize
              + "; expected a frame to fit in one block");
    }
    if ((long) blockSize * blockCount > MAX_RING_BYTES) {
      throw new IllegalArgumentException(
          "ring of "
              + blockCount
              + " blocks of "
              + blockSize
              + " bytes is "
              + (long) blockSize * blockCount
              + " bytes; expected at most "
              + MAX_RING_BYTES
              + " (512 MiB)");
    }
  }

  /**
   * Checks the block size against the page size.
   *
   * @throws IllegalArgumentException if the block size is not a multiple of {@code pageSize}
   */
  public RingGeometry validate(int pageSize) {
    if (blockSize % pageSize != 0) {
      throw new IllegalArgumentException(
          "ring block size "
              + blockSize
              + " is not a multiple of the page size "
              + pageSize
              + "; expected e.g. "
              + Math.max(pageSize, blockSize / pageSize * pageSize));
    }
    return this;
  }

  /** Frame slots per block. */
  public int framesPerBlock() {
    return blockSize / frameSize;
  }

  /** Frame slots in the ring. */
  public int frameCount() {
    return framesPerBlock() * blockCount;
  }

  /** Bytes in the ring. */
  public long ringBytes() {
    return (long) blockSize * blockCount;
  }

  /** Offset of frame slot {@code frame} from the start of the ring. */
  int frameOffset(int frame) {
    int framesPerBlock = framesPerBlock();
    return (frame / framesPerBlock) * blockSize + (frame % framesPerBlock) * frameSize;
  }

  /** The longest frame a transmit slot holds: the slot less the aligned TPACKET_V2 header. */
  public int maxSendBytes() {
    return frameSize - IfPacket.TPACKET2_ALIGNED_HDR_BYTES;
  }
}
