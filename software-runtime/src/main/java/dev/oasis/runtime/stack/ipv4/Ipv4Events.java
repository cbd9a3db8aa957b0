package dev.oasis.runtime.stack.ipv4;

/**
 * What the IPv4 layer reports for ICMP to answer; implemented by the ICMP layer, which may or may
 * not send an error (RFC 1812 4.3.2.7, rate limit).
 */
public interface Ipv4Events {

  /** A datagram arrived for a protocol nobody serves (destination unreachable, code 2). */
  void protocolUnreachable(InboundDatagram datagram);

  /**
   * Reassembly of a datagram timed out after its first fragment arrived (time exceeded, code 1, RFC
   * 792 and RFC 1122 3.3.2).
   *
   * @param firstFragment the fragment with offset 0
   */
  void reassemblyTimedOut(InboundDatagram firstFragment);

  /** Ignores every event. */
  Ipv4Events NONE =
      new Ipv4Events() {
        @Override
        public void protocolUnreachable(InboundDatagram datagram) {}

        @Override
        public void reassemblyTimedOut(InboundDatagram firstFragment) {}
      };
}
