/**
 * Network interfaces of the software runtime: one type, {@link
 * dev.oasis.runtime.iface.PacketInterface}, that moves Ethernet frames in reusable {@link
 * dev.oasis.runtime.iface.PacketBatch}es, and its backends.
 *
 * <ul>
 *   <li>{@link dev.oasis.runtime.iface.PcapFileInterface}: pcap/pcapng files in, pcapng out, as
 *       fast as asked; the end of the input is {@link
 *       dev.oasis.runtime.iface.PacketInterface#END_OF_INPUT}.
 *   <li>{@link dev.oasis.runtime.iface.TapInterface}: a TAP device through {@code /dev/net/tun}.
 *   <li>{@link dev.oasis.runtime.iface.AfPacketInterface}: an existing interface through an {@code
 *       AF_PACKET} socket with memory-mapped TPACKET_V2 receive and transmit rings.
 *   <li>{@link dev.oasis.runtime.iface.UdpTunnelInterface}: frames in UDP datagrams on Netty, to
 *       wire appliances in different processes together.
 * </ul>
 *
 * <p>Port numbering: a live interface stamps every received frame with the port it was opened with;
 * a capture file gives each frame its pcapng interface id. {@code send} transmits the whole batch;
 * only the capture file backend looks at the ports (as output interface ids).
 *
 * <p>Errors: a failed system call is a {@link dev.oasis.runtime.iface.linux.SystemCallException}
 * naming the call, the interface and the errno; a bad argument (name longer than 15 characters,
 * ring geometry the kernel would refuse, port out of range) is an {@link IllegalArgumentException}
 * naming the value and the expected range; frames that cannot be handed over are counted as drops
 * in {@link dev.oasis.runtime.iface.InterfaceStatistics}.
 *
 * <p>Depends on {@link dev.oasis.runtime.iface.linux} (the JNA layer), {@link
 * dev.oasis.runtime.capture} and Netty (transport and buffer).
 */
package dev.oasis.runtime.iface;
