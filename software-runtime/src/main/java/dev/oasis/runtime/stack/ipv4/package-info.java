/**
 * IPv4 for the stack (RFC 791, RFC 1122 3.2.1): validation of received datagrams, fragment
 * reassembly within memory, count and time limits with RFC 5722's rule for overlaps ({@link
 * dev.oasis.runtime.stack.ipv4.Reassembler}), fragmentation for the MTU ({@link
 * dev.oasis.runtime.stack.ipv4.Fragmenter}), and dispatch to the protocols above ({@link
 * dev.oasis.runtime.stack.ipv4.Ipv4Layer}).
 */
package dev.oasis.runtime.stack.ipv4;
