package dev.oasis.runtime.iface;

import static dev.oasis.runtime.iface.linux.IfPacket.TPACKET2_ALIGNED_HDR_BYTES;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_LEN;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_STATUS;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_STATUS_AVAILABLE;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_STATUS_SEND_REQUEST;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_STATUS_WRONG_FORMAT;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The user side of a TPACKET_V2 transmit ring.
 *
 * <p>Slots are filled in order from {@code head}, which stays in step with the kernel's own index:
 * a slot is free when its {@code tp_status} is {@code TP_STATUS_AVAILABLE}; the frame is copied to
 * the aligned header's end, {@code tp_len} set, and {@code TP_STATUS_SEND_REQUEST} stored with
 * release ordering. The kernel sends every requested slot when {@code send()} kicks it, and marks
 * each available again once the frame has left. A slot the kernel refused ({@code
 * TP_STATUS_WRONG_FORMAT}) is counted and reused.
 */
final class TxRing {

  private static final VarHandle INT =
      MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());

  private final ByteBuffer ring;
  private final RingGeometry geometry;
  private final int frameCount;
  private int head;
  private volatile long refused;

  /** The ring in {@code ring}, starting at index 0. */
  TxRing(ByteBuffer ring, RingGeometry geometry) {
    this.ring = ring;
    this.geometry = geometry;
    this.frameCount = geometry.frameCount();
  }

  /** Whether the slot at {@code head} can take a frame. */
  boolean hasRoom() {
    int status = (int) INT.getAcquire(ring, geometry.frameOffset(head) + TP_STATUS);
    return status == TP_STATUS_AVAILABLE || status == TP_STATUS_WRONG_FORMAT;
  }

  /**
   * Queues {@code length} bytes of {@code frame} ({@code length} at most {@link
   * RingGeometry#maxSendBytes()}).
   *
   * @return false if the slot at {@code head} is still in use
   */
  boolean offer(byte[] frame, int length) {
    int slot = geometry.frameOffset(head);
    int status = (int) INT.getAcquire(ring, slot + TP_STATUS);
    if (status == TP_STATUS_WRONG_FORMAT) {
      refused = refused + 1;
    } else if (status != TP_STATUS_AVAILABLE) {
      return false;
    }

    ring.put(slot + TPACKET2_ALIGNED_HDR_BYTES, frame, 0, length);
    ring.putInt(slot + TP_LEN, length);
    INT.setRelease(ring, slot + TP_STATUS, TP_STATUS_SEND_REQUEST);
    head = head + 1 == frameCount ? 0 : head + 1;
    return true;
  }

  /** Frames the kernel refused ({@code TP_STATUS_WRONG_FORMAT}) found so far. */
  long refused() {
    return refused;
  }
}
