package dev.oasis.runtime.iface;

/**
 * The counters behind {@link InterfaceStatistics}: written by the thread that receives and the
 * thread that sends (once per batch, not per frame), read from any thread.
 */
final class Counters {

  private volatile long rxPackets;
  private volatile long rxBytes;
  private volatile long rxDropped;
  private volatile long txPackets;
  private volatile long txBytes;
  private volatile long txDropped;

  /** Adds one receive batch's results; called by the receiving thread only. */
  void received(long packets, long bytes, long dropped) {
    rxPackets += packets;
    rxBytes += bytes;
    rxDropped += dropped;
  }

  /** Adds one send batch's results; called by the sending thread only. */
  void sent(long packets, long bytes, long dropped) {
    txPackets += packets;
    txBytes += bytes;
    txDropped += dropped;
  }

  /** A snapshot, adding drops that a backend counts elsewhere (e.g. in the kernel). */
  InterfaceStatistics snapshot(long extraRxDropped, long extraTxDropped) {
    return new InterfaceStatistics(
        rxPackets,
        rxBytes,
        rxDropped + extraRxDropped,
        txPackets,
        txBytes,
        txDropped + extraTxDropped);
  }
}
