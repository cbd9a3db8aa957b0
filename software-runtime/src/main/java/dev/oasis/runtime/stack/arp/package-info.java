/**
 * ARP for the stack (RFC 826 with the host rules of RFC 1122 2.3.2): the cache with aging, request
 * retries, bounded queues of datagrams waiting for resolution ({@link
 * dev.oasis.runtime.stack.arp.ArpCache}), and the layer that answers requests for our addresses and
 * resolves next hops ({@link dev.oasis.runtime.stack.arp.ArpLayer}).
 */
package dev.oasis.runtime.stack.arp;
