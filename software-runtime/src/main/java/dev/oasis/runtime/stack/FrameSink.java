package dev.oasis.runtime.stack;

/**
 * Where the stack sends the Ethernet frames it emits (without FCS, not padded to 60 bytes).
 *
 * <p>The stack calls it synchronously from {@link Stack#receive}, {@link Stack#tick} and the socket
 * calls, and never again with the same array, so a sink may keep the array.
 */
@FunctionalInterface
public interface FrameSink {

  /** Sends one frame. */
  void send(byte[] frame);
}
