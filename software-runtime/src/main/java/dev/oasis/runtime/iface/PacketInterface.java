package dev.oasis.runtime.iface;

import java.io.IOException;

/**
 * A source and sink of Ethernet frames (without FCS) that an appliance runs on: a capture file, a
 * TAP device, a Linux interface through an {@code AF_PACKET} ring, or a UDP tunnel to another
 * process.
 *
 * <p>Frames move in {@link PacketBatch}es so that a call costs the same for one frame or many and
 * the packet path allocates nothing. {@link #receive} appends to a batch; {@link #send} transmits
 * every frame of a batch. One thread may receive while another sends; each of the two methods is
 * for one thread at a time. {@link #statistics()} may be called from any thread.
 *
 * <h2>Errors</h2>
 *
 * <p>A failed system call is an {@link IOException} (a {@link
 * dev.oasis.runtime.iface.linux.SystemCallException} for the native backends) whose message names
 * the call, the interface and the {@code errno} text. A frame that cannot be handed over (too long
 * for the batch, no room in a ring or queue) is not an error: it is counted in {@link
 * #statistics()} as dropped.
 */
public interface PacketInterface extends AutoCloseable {

  /** What {@link #receive} returns when no frame will ever come again (end of a capture file). */
  int END_OF_INPUT = -1;

  /**
   * The interface's name, e.g. "tap0", "veth1", "capture in.pcapng" or "udp
   * 127.0.0.1:4000->127.0.0.1:4001".
   */
  String name();

  /**
   * Appends received frames to {@code batch}, from its current size up to its capacity, waiting at
   * most {@code timeoutNanos} for the first one. Frames are in arrival order; each carries the
   * interface's port (or, for a capture file, its interface id) and a timestamp.
   *
   * @param timeoutNanos 0 to return at once; otherwise the longest wait when nothing is ready
   * @return the number of frames appended, 0 on timeout, or {@link #END_OF_INPUT}
   * @throws IllegalArgumentException if {@code timeoutNanos} is negative
   * @throws IOException if the underlying call fails
   */
  int receive(PacketBatch batch, long timeoutNanos) throws IOException;

  /**
   * Sends frames {@code 0 .. batch.size() - 1} of {@code batch}, in order. The batch is left
   * unchanged. Frames that cannot be sent are counted as dropped.
   *
   * @return the number of frames accepted for sending
   * @throws IOException if the underlying call fails
   * @throws UnsupportedOperationException if the interface only receives
   */
  int send(PacketBatch batch) throws IOException;

  /** Counters since the interface was opened. */
  InterfaceStatistics statistics();

  /** Releases the interface; later calls fail. Closing twice does nothing. */
  @Override
  void close() throws IOException;
}
