/**
 * ICMP for IPv4 (RFC 792): echo request and reply, destination unreachable and time exceeded, and
 * the rules of RFC 1812 section 4.3.2 for when a router may send an error and what it quotes.
 *
 * <p>{@link dev.oasis.runtime.net.icmp.IcmpMessage} parses and writes any ICMP message (the
 * checksum covers the whole message); {@link dev.oasis.runtime.net.icmp.IcmpErrors} decides whether
 * an error may be sent about a datagram and builds the quoted part.
 */
package dev.oasis.runtime.net.icmp;
