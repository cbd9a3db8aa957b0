package dev.oasis.compiler.state;

import dev.oasis.compiler.ir.Decls;
import java.math.BigInteger;

/**
 * An indexed counter extern ({@code counter c[N];}): a packet count and a byte count per index.
 * {@code c.count(i)} with {@code i >= N} is ignored. Counts wrap modulo 2^64.
 */
public final class CounterState {
  private final Decls.Counter decl;
  private final long[] packets;
  private final long[] bytes;

  public CounterState(Decls.Counter decl) {
    this.decl = decl;
    this.packets = new long[decl.size()];
    this.bytes = new long[decl.size()];
  }

  public Decls.Counter decl() {
    return decl;
  }

  public String name() {
    return decl.name();
  }

  public int size() {
    return packets.length;
  }

  /** Adds one packet of {@code packetBytes} bytes at {@code index}; out of range is ignored. */
  public void count(BigInteger index, long packetBytes) {
    if (index.signum() < 0 || index.compareTo(BigInteger.valueOf(packets.length)) >= 0) {
      return;
    }
    int i = index.intValue();
    packets[i]++;
    bytes[i] += packetBytes;
  }

  /** The counts at {@code index}. */
  public CounterValue get(int index) {
    if (index < 0 || index >= packets.length) {
      throw new StateException(
          "counter index "
              + index
              + " is out of range for counter '"
              + name()
              + "'; expected 0 to "
              + (packets.length - 1));
    }
    return new CounterValue(packets[index], bytes[index]);
  }
}
