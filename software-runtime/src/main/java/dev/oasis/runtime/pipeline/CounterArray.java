package dev.oasis.runtime.pipeline;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.state.CounterValue;
import dev.oasis.compiler.state.StateException;

/**
 * A counter extern of a compiled pipeline ({@code counter c[N];}): a packet and a byte count per
 * index; counting at an index out of range is ignored; counts wrap modulo 2^64.
 */
public final class CounterArray {
  private final Decls.Counter decl;
  private final long[] packets;
  private final long[] bytes;

  public CounterArray(Decls.Counter decl) {
    this.decl = decl;
    this.packets = new long[decl.size()];
    this.bytes = new long[decl.size()];
  }

  public String name() {
    return decl.name();
  }

  public int size() {
    return packets.length;
  }

  /** {@code c.count(index)} for a packet of {@code packetBytes}; index unsigned. */
  public void count(long index, int packetBytes) {
    if (index < 0 || index >= packets.length) {
      return;
    }
    packets[(int) index]++;
    bytes[(int) index] += packetBytes;
  }

  public CounterValue get(int index) {
    check(index);
    return new CounterValue(packets[index], bytes[index]);
  }

  /** Sets the counts at {@code index} (when loading another backend's state). */
  public void set(int index, CounterValue value) {
    check(index);
    packets[index] = value.packets();
    bytes[index] = value.bytes();
  }

  private void check(int index) {
    if (index < 0 || index >= packets.length) {
      throw new StateException(
          "counter index "
              + index
              + " is out of range for counter '"
              + name()
              + "'; expected 0 to "
              + (packets.length - 1));
    }
  }
}
