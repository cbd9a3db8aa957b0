/**
 * ARP (RFC 826) for IPv4 over Ethernet: hardware type 1, protocol type 0x0800, address lengths 6
 * and 4, operations request (1) and reply (2). Other hardware or protocol types, and RARP or InARP
 * operations, are refused by the parser with an error naming the field.
 *
 * <p>The protocol logic here is the answer to a request ({@link
 * dev.oasis.runtime.net.arp.ArpPacket#answer}); deciding whether to answer belongs to the caller
 * (see {@code dev.oasis.runtime.slowpath.StandardSlowPath}). The ARP cache is {@code
 * dev.oasis.runtime.stack.arp.ArpCache}.
 */
package dev.oasis.runtime.net.arp;
