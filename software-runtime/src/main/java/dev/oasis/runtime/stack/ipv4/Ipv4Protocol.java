package dev.oasis.runtime.stack.ipv4;

/** A protocol above IPv4 (ICMP, UDP, TCP) that receives whole datagrams addressed to us. */
@FunctionalInterface
public interface Ipv4Protocol {

  /** Handles a whole (possibly reassembled) datagram whose destination is ours or broadcast. */
  void receive(InboundDatagram datagram);
}
