package dev.oasis.runtime.stack.icmp;

import dev.oasis.runtime.net.Ipv4Address;
import java.util.Objects;

/**
 * An ICMP echo reply received for a {@link IcmpLayer#ping}.
 *
 * @param source who answered
 * @param identifier the identifier echoed, 0..65535
 * @param sequence the sequence number echoed, 0..65535
 * @param data the data echoed (not copied)
 */
public record EchoReply(Ipv4Address source, int identifier, int sequence, byte[] data) {

  /** Checks that nothing is null. */
  public EchoReply {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(data, "data");
  }
}
