/**
 * IPv4 headers (RFC 791), options included, with the validation RFC 1812 section 5.2.2 asks of a
 * router: version 4, IHL at least 5, total length within the buffer and not below the header
 * length, and a header checksum that verifies.
 *
 * <p>Options are kept as raw bytes, not interpreted. Fragments are recognised ({@link
 * dev.oasis.runtime.net.ipv4.Ipv4Header#isFragment()}) but never reassembled.
 */
package dev.oasis.runtime.net.ipv4;
