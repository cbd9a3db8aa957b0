/**
 * IPv4 headers (RFC 791), options included, with the validation RFC 1812 section 5.2.2 asks of a
 * router: version 4, IHL at least 5, total length within the buffer and not below the header
 * length, and a header checksum that verifies.
 *
 * <p>Options are kept as raw bytes, not interpreted; {@link dev.oasis.runtime.net.ipv4.Ipv4Options}
 * checks their structure and picks those copied into fragments. Fragments are recognised ({@link
 * dev.oasis.runtime.net.ipv4.Ipv4Header#isFragment()}) here and reassembled by {@code
 * dev.oasis.runtime.stack.ipv4.Reassembler}.
 */
package dev.oasis.runtime.net.ipv4;
