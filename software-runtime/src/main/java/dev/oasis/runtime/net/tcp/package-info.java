/**
 * TCP over IPv4 (RFC 9293): the header with its options, the options Oasis understands (MSS; window
 * scale and SACK permitted are recognised but never negotiated) and whole segments with the
 * pseudo-header checksum.
 *
 * <p>The protocol logic (connections, retransmission) lives in {@code dev.oasis.runtime.stack.tcp}.
 */
package dev.oasis.runtime.net.tcp;
