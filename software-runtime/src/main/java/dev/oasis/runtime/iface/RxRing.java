package dev.oasis.runtime.iface;

import static dev.oasis.runtime.iface.linux.IfPacket.PACKET_OUTGOING;
import static dev.oasis.runtime.iface.linux.IfPacket.SLL_PKTTYPE;
import static dev.oasis.runtime.iface.linux.IfPacket.TPACKET2_ALIGNED_HDR_BYTES;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_LEN;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_MAC;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_NSEC;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_SEC;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_SNAPLEN;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_STATUS;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_STATUS_KERNEL;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_STATUS_USER;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_STATUS_VLAN_TPID_VALID;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_STATUS_VLAN_VALID;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_VLAN_TCI;
import static dev.oasis.runtime.iface.linux.IfPacket.TP_VLAN_TPID;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The user side of a TPACKET_V2 receive ring.
 *
 * <p>Frame slots are visited in order from {@code head}. A slot whose {@code tp_status} has {@code
 * TP_STATUS_USER} holds a frame; once copied out, the slot is handed back by storing {@code
 * TP_STATUS_KERNEL}. The status is read with acquire and written with release ordering, so the
 * frame bytes are read after the kernel published them and before the slot is given back.
 *
 * <p>Frames this host sent ({@code sll_pkttype == PACKET_OUTGOING}) are skipped, in case the kernel
 * lacks {@code PACKET_IGNORE_OUTGOING}. A VLAN tag that the kernel moved into {@code tp_vlan_tci}
 * is put back after the source address, so the batch holds the frame as it was on the wire. A frame
 * the ring truncated ({@code tp_snaplen < tp_len}) or one longer than the batch buffer is dropped.
 */
final class RxRing {

  private static final VarHandle INT =
      MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());

  /** The TPID put back when the kernel gives a tag without one (802.1Q). */
  private static final int DEFAULT_TPID = 0x8100;

  private static final int ADDRESSES = 12;
  private static final int VLAN_TAG = 4;

  private final ByteBuffer ring;
  private final RingGeometry geometry;
  private final int frameCount;
  private final int port;
  private final Counters counters;
  private int head;

  /** The ring in {@code ring} (starting at index 0), whose frames carry {@code port}. */
  RxRing(ByteBuffer ring, RingGeometry geometry, int port, Counters counters) {
    this.ring = ring;
    this.geometry = geometry;
    this.frameCount = geometry.frameCount();
    this.port = port;
    this.counters = counters;
  }

  /** Whether the slot at {@code head} holds a frame. */
  boolean hasFrame() {
    return (status(geometry.frameOffset(head)) & TP_STATUS_USER) != 0;
  }

  /** Moves ready frames into {@code batch} until the ring is empty or the batch is full. */
  int drain(PacketBatch batch) {
    int received = 0;
    long bytes = 0;
    long dropped = 0;
    while (!batch.isFull()) {
      int slot = geometry.frameOffset(head);
      int status = status(slot);
      if ((status & TP_STATUS_USER) == 0) {
        break;
      }

      int pktType = ring.get(slot + TPACKET2_ALIGNED_HDR_BYTES + SLL_PKTTYPE) & 0xff;
      if (pktType != PACKET_OUTGOING) {
        int length = copyFrame(slot, status, batch);
        if (length < 0) {
          dropped++;
        } else {
          received++;
          bytes += length;
        }
      }

      INT.setRelease(ring, slot + TP_STATUS, TP_STATUS_KERNEL);
      head = head + 1 == frameCount ? 0 : head + 1;
    }
    counters.received(received, bytes, dropped);
    return received;
  }

  /** Copies the frame in {@code slot} into the batch; -1 if it must be dropped. */
  private int copyFrame(int slot, int status, PacketBatch batch) {
    int wireLength = ring.getInt(slot + TP_LEN);
    int captured = ring.getInt(slot + TP_SNAPLEN);
    int mac = slot + (ring.getShort(slot + TP_MAC) & 0xffff);
    boolean tagged = (status & TP_STATUS_VLAN_VALID) != 0;
    int length = captured + (tagged ? VLAN_TAG : 0);
    if (captured < wireLength || length > batch.bufferBytes() || (tagged && captured < ADDRESSES)) {
      return -1;
    }

    byte[] buffer = batch.nextBuffer();
    if (tagged) {
      int tpid =
          (status & TP_STATUS_VLAN_TPID_VALID) != 0
              ? ring.getShort(slot + TP_VLAN_TPID) & 0xffff
              : DEFAULT_TPID;
      int tci = ring.getShort(slot + TP_VLAN_TCI) & 0xffff;
      ring.get(mac, buffer, 0, ADDRESSES);
      buffer[12] = (byte) (tpid >>> 8);
      buffer[13] = (byte) tpid;
      buffer[14] = (byte) (tci >>> 8);
      buffer[15] = (byte) tci;
      ring.get(mac + ADDRESSES, buffer, ADDRESSES + VLAN_TAG, captured - ADDRESSES);
    } else {
      ring.get(mac, buffer, 0, captured);
    }

    long seconds = ring.getInt(slot + TP_SEC) & 0xffff_ffffL;
    long nanos = ring.getInt(slot + TP_NSEC) & 0xffff_ffffL;
    batch.commit(length, port, seconds * 1_000_000_000L + nanos);
    return length;
  }

  private int status(int slot) {
    return (int) INT.getAcquire(ring, slot + TP_STATUS);
  }
}
