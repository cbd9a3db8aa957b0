/**
 * The clean-slate protocol stack of the software slow path, one sub-package per protocol in the
 * style of mirage-tcpip.
 *
 * <p>Each protocol package is split the same way:
 *
 * <ul>
 *   <li>a {@code *Wire} class: field offsets, lengths and constants, nothing else;
 *   <li>a packet record with {@code parse(byte[] buffer, int offset, int length)} returning a
 *       {@link dev.oasis.runtime.net.ParseResult}: either the record or a {@link
 *       dev.oasis.runtime.net.ParseError} that names the field, its value and what was expected.
 *       Bad input never makes a parser throw;
 *   <li>{@code writeTo(byte[] buffer, int offset)} (and {@code toBytes()} where a whole message is
 *       self-contained) to serialise it again;
 *   <li>protocol logic where there is some (an ARP answer, an ICMP echo reply, the rules for when
 *       an ICMP error may be sent).
 * </ul>
 *
 * <p>This package holds what every layer shares: {@link dev.oasis.runtime.net.MacAddress}, {@link
 * dev.oasis.runtime.net.Ipv4Address}, {@link dev.oasis.runtime.net.Ipv4Prefix}, the RFC 1071 and
 * RFC 1624 arithmetic in {@link dev.oasis.runtime.net.Checksums}, the big-endian accessors in
 * {@link dev.oasis.runtime.net.Bytes} and the parse result types.
 *
 * <p>The protocol state (ARP cache, reassembly, sockets, TCP connections) lives in {@code
 * dev.oasis.runtime.stack}, which builds on these packages.
 *
 * <p>Depends on nothing but the JDK.
 */
package dev.oasis.runtime.net;
