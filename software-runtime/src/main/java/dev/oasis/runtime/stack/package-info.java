/**
 * The clean-slate IPv4 stack of the slow path and of an appliance's own services (its control
 * endpoint, a DNS responder), in the style of mirage-tcpip: one package per protocol, each with its
 * logic over the wire layer of {@code dev.oasis.runtime.net}.
 *
 * <pre>
 *   Stack.receive(frame) ──> Ethernet ──> arp.ArpLayer ─────────────> cache, answers
 *                                    └──> ipv4.Ipv4Layer ─> Reassembler
 *                                              ├──> icmp.IcmpLayer    echo, errors (rate limited)
 *                                              ├──> udp.UdpLayer      sockets
 *                                              └──> tcp.TcpLayer      listeners, connections
 *   sends:  tcp / udp / icmp ──> Ipv4Layer.send ─> Fragmenter ─> ArpLayer.send ─> FrameSink
 * </pre>
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>One interface: a MAC address, one or more IPv4 addresses with their subnets, an optional
 *       gateway, an MTU ({@link dev.oasis.runtime.stack.StackConfig}). The stack is a host: it
 *       never forwards.
 *   <li>Time comes only from the injected {@link dev.oasis.runtime.stack.Clock}; timers run in
 *       {@link dev.oasis.runtime.stack.Stack#tick()}, which the caller calls when the clock passes
 *       {@link dev.oasis.runtime.stack.Stack#nextDeadline()}. A run with a virtual clock and a
 *       fixed seed is reproducible.
 *   <li>Single-threaded: the caller serialises every call; callbacks run inside those calls, and an
 *       exception in one is contained ({@link dev.oasis.runtime.stack.Callbacks}).
 *   <li>Every received frame is untrusted. Whatever its bytes, it is used or dropped and counted
 *       under exactly one {@link dev.oasis.runtime.stack.StackCounter}; nothing is logged per
 *       packet. Memory is bounded by the limits in the configuration: ARP entries and queued
 *       datagrams ({@link dev.oasis.runtime.stack.arp.ArpLimits}), reassembly bytes and datagrams
 *       ({@link dev.oasis.runtime.stack.ipv4.ReassemblyLimits}), TCP connections, backlogs, windows
 *       and send buffers ({@link dev.oasis.runtime.stack.tcp.TcpConfig}).
 * </ul>
 *
 * <h2>Known limitations</h2>
 *
 * <ul>
 *   <li>No IPv6, no VLAN tags, no multicast group membership (IGMP), no IP forwarding.
 *   <li>TCP: no congestion control (the peer's window is the only limit), no window scaling, SACK
 *       or timestamps, no keepalive and no idle timeout (an idle connection keeps its slot until
 *       the application closes it), no urgent data, no path MTU discovery (segments fit the local
 *       MTU and are sent without DF).
 *   <li>ARP entries are refreshed by a unicast poll only while in use; there is no probing for
 *       address conflicts (RFC 5227).
 * </ul>
 *
 * <p>Depends on {@code dev.oasis.runtime.net} and, for the ICMP rate limit's parameters, {@code
 * dev.oasis.runtime.slowpath.IcmpRateLimit}. The protocol packages depend on the shared types here
 * ({@code Clock}, {@code StackConfig}, {@code StackCounters}, {@code EthernetLink}, {@code
 * Deadlines}); only {@code Stack} depends on them in turn.
 */
package dev.oasis.runtime.stack;
