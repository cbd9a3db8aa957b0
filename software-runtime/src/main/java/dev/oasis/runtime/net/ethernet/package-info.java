/**
 * Ethernet II framing (IEEE 802.3 with an EtherType), with recognition of one IEEE 802.1Q VLAN tag.
 *
 * <p>Frames carry no FCS, as everywhere in Oasis. Frames are not padded to the 60-byte minimum
 * here: the transmitting MAC (or the kernel, for TAP and packet sockets) pads short frames. 802.3
 * frames with a length field instead of an EtherType (values below 0x0600) are refused with a
 * {@link dev.oasis.runtime.net.ParseError}; an 802.1ad outer tag (0x88a8) is reported as the
 * EtherType, not unwrapped.
 */
package dev.oasis.runtime.net.ethernet;
