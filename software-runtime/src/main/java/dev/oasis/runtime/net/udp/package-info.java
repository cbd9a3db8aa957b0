/**
 * UDP over IPv4 (RFC 768): the header, and whole datagrams with the pseudo-header checksum.
 *
 * <p>A received checksum of zero means the sender computed none and is accepted; a computed
 * checksum of zero is sent as {@code 0xffff}.
 */
package dev.oasis.runtime.net.udp;
