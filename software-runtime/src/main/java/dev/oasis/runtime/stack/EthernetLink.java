package dev.oasis.runtime.stack;

import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import java.util.Objects;

/** The sending side of the stack's one Ethernet interface: frames from our MAC to the sink. */
public final class EthernetLink {

  private final MacAddress mac;
  private final FrameSink sink;
  private final StackCounters counters;

  /** A link sending from {@code mac} to {@code sink}, counting {@link StackCounter#FRAMES_SENT}. */
  public EthernetLink(MacAddress mac, FrameSink sink, StackCounters counters) {
    this.mac = Objects.requireNonNull(mac, "mac");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.counters = Objects.requireNonNull(counters, "counters");
  }

  /** Our MAC address. */
  public MacAddress mac() {
    return mac;
  }

  /** Sends {@code payload} to {@code destination} as an untagged frame of {@code etherType}. */
  public void send(MacAddress destination, int etherType, byte[] payload) {
    sink.send(EthernetHeader.of(destination, mac, etherType).frame(payload));
    counters.increment(StackCounter.FRAMES_SENT);
  }
}
