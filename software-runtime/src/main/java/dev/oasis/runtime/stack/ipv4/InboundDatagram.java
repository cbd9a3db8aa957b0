package dev.oasis.runtime.stack.ipv4;

import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.icmp.IcmpWire;
import dev.oasis.runtime.net.ipv4.Ipv4Header;
import java.util.Arrays;
import java.util.Objects;

/**
 * A received IPv4 datagram (or fragment) that passed validation, as the IPv4 layer hands it to
 * reassembly and to the protocols above.
 *
 * <p>The arrays are shared, not copied: receivers must not modify them.
 *
 * @param ethernet the Ethernet header of the frame it came in (of the first fragment, when
 *     reassembled)
 * @param header the parsed header; for a reassembled datagram, the first fragment's header with the
 *     total length of the whole and no fragment fields
 * @param headerBytes the header as received, options included (rewritten for a reassembled
 *     datagram)
 * @param payload the data after the header, exactly the total length's worth
 * @param reassembled whether it was put together from fragments
 */
public record InboundDatagram(
    EthernetHeader ethernet,
    Ipv4Header header,
    byte[] headerBytes,
    byte[] payload,
    boolean reassembled) {

  /** Checks that nothing is null. */
  public InboundDatagram {
    Objects.requireNonNull(ethernet, "ethernet");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(headerBytes, "headerBytes");
    Objects.requireNonNull(payload, "payload");
  }

  /**
   * What an ICMP error about this datagram quotes (RFC 792): the header with its options and the
   * first 8 bytes of the payload, or all of it if shorter.
   */
  public byte[] quote() {
    int quoted = Math.min(payload.length, IcmpWire.QUOTED_PAYLOAD_BYTES);
    byte[] quote = Arrays.copyOf(headerBytes, headerBytes.length + quoted);
    System.arraycopy(payload, 0, quote, headerBytes.length, quoted);
    return quote;
  }

  /** The whole datagram, header and payload, in one new array. */
  public byte[] toBytes() {
    byte[] bytes = Arrays.copyOf(headerBytes, headerBytes.length + payload.length);
    System.arraycopy(payload, 0, bytes, headerBytes.length, payload.length);
    return bytes;
  }
}
