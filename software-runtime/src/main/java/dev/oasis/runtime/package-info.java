/**
 * The software runtime: packet captures (pcap, pcapng), network interfaces, the slow-path handlers
 * and clean-slate protocol stack, and (later) the generated Java dataplane and its control API.
 *
 * <p>Depends on the compiler module.
 */
package dev.oasis.runtime;
