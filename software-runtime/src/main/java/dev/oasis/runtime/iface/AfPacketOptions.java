package dev.oasis.runtime.iface;

import java.util.Objects;

/**
 * How an {@link AfPacketInterface} is opened.
 *
 * @param port the port every received frame carries, 0..65535
 * @param ring the shape of the receive ring and of the transmit ring
 * @param promiscuous whether to put the interface in promiscuous mode ({@code PACKET_MR_PROMISC}),
 *     so that frames for other MAC addresses reach the appliance; the kernel undoes it when the
 *     socket closes
 * @param sendWaitMillis how long {@link AfPacketInterface#send} waits for a free transmit slot
 *     before counting the rest of the batch as dropped, 0..10000
 */
public record AfPacketOptions(
    int port, RingGeometry ring, boolean promiscuous, int sendWaitMillis) {

  /** The longest {@code sendWaitMillis}. */
  public static final int MAX_SEND_WAIT_MILLIS = 10_000;

  /** Checks the ranges. */
  public AfPacketOptions {
    TapInterface.checkPort(port);
    Objects.requireNonNull(ring, "ring");
    if (sendWaitMillis < 0 || sendWaitMillis > MAX_SEND_WAIT_MILLIS) {
      throw new IllegalArgumentException(
          "send wait "
              + sendWaitMillis
              + " ms is out of range; expected 0 to "
              + MAX_SEND_WAIT_MILLIS);
    }
  }

  /** Port {@code port}, the default ring, promiscuous, waiting up to 100 ms for a free slot. */
  public static AfPacketOptions defaults(int port) {
    return new AfPacketOptions(port, RingGeometry.DEFAULT, true, 100);
  }

  /** These options with another ring. */
  public AfPacketOptions withRing(RingGeometry ring) {
    return new AfPacketOptions(port, ring, promiscuous, sendWaitMillis);
  }

  /** These options with promiscuous mode on or off. */
  public AfPacketOptions withPromiscuous(boolean promiscuous) {
    return new AfPacketOptions(port, ring, promiscuous, sendWaitMillis);
  }
}
