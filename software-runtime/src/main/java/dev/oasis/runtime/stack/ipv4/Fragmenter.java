package dev.oasis.runtime.stack.ipv4;

import dev.oasis.runtime.net.ipv4.Ipv4Header;
import dev.oasis.runtime.net.ipv4.Ipv4Options;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a datagram into fragments that fit an MTU (RFC 791 3.2, "an example fragmentation
 * procedure").
 *
 * <p>Every fragment but the last carries a multiple of 8 data bytes, as many as fit. The first
 * fragment keeps all options; the others carry only the options with the copied flag (RFC 791 3.1),
 * so their header may be shorter and they may carry more data.
 */
public final class Fragmenter {

  private Fragmenter() {}

  /**
   * The datagrams to send for {@code header} and {@code payload}: the datagram itself if its total
   * length fits {@code mtu}, else its fragments in order. The caller checks DF; options must be
   * valid.
   *
   * @param header the whole datagram's header (total length matching {@code payload})
   * @param mtu the largest datagram the link carries, at least 68
   */
  public static List<byte[]> fragment(Ipv4Header header, byte[] payload, int mtu) {
    if (header.totalLength() <= mtu) {
      return List.of(header.datagram(payload));
    }
    List<byte[]> fragments = new ArrayList<>();
    byte[] laterOptions = Ipv4Options.copiedOnFragmentation(header.options());
    byte[] options = header.options();
    int offset = 0;
    while (offset < payload.length) {
      int headerLength = 20 + options.length;
      int room = (mtu - headerLength) / 8 * 8;
      int length = Math.min(room, payload.length - offset);
      boolean more = offset + length < payload.length;
      Ipv4Header piece =
          new Ipv4Header(
              header.dscp(),
              header.ecn(),
              headerLength + length,
              header.identification(),
              header.dontFragment(),
              more,
              offset / 8,
              header.ttl(),
              header.protocol(),
              0,
              header.source(),
              header.destination(),
              options);
      fragments.add(piece.datagram(Arrays.copyOfRange(payload, offset, offset + length)));
      offset += length;
      options = laterOptions;
    }
    return fragments;
  }
}
