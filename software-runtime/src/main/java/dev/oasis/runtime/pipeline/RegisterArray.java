package dev.oasis.runtime.pipeline;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.state.BitValues;
import dev.oasis.compiler.state.StateException;
import java.math.BigInteger;

/**
 * A register extern of a compiled pipeline ({@code register<bit<W>> r[N];}), values of up to 128
 * bits as lo and hi longs. Packet-path reads out of range give 0 and writes there are ignored
 * (indexes unsigned); control-plane writes out of range or too wide are refused.
 */
public final class RegisterArray {
  private final Decls.Register decl;
  private final long[] lo;
  private final long[] hi;
  private final long loMask;
  private final long hiMask;

  public RegisterArray(Decls.Register decl) {
    this.decl = decl;
    this.lo = new long[decl.size()];
    this.hi = new long[decl.width() > 64 ? decl.size() : 0];
    this.loMask = Bits.mask(Math.min(64, decl.width()));
    this.hiMask = decl.width() > 64 ? Bits.mask(decl.width() - 64) : 0;
  }

  public String name() {
    return decl.name();
  }

  public int size() {
    return lo.length;
  }

  /** {@code r.read(index)} (the lo half for wide registers). */
  public long read(long index) {
    return index >= 0 && index < lo.length ? lo[(int) index] : 0;
  }

  /** The hi half of {@code r.read(index)} of a wide register. */
  public long readHi(long index) {
    return index >= 0 && index < hi.length ? hi[(int) index] : 0;
  }

  /** {@code r.write(index, value)}. */
  public void write(long index, long value) {
    if (index >= 0 && index < lo.length) {
      lo[(int) index] = value & loMask;
    }
  }

  /** {@code r.write(index, hi:lo)} of a wide register. */
  public void write(long index, long valueHi, long valueLo) {
    if (index >= 0 && index < lo.length) {
      lo[(int) index] = valueLo;
      hi[(int) index] = valueHi & hiMask;
    }
  }

  /** The value at an index in range, as the control plane sees it. */
  public BigInteger get(int index) {
    return Wide.toBigInteger(hi.length == 0 ? 0 : hi[index], lo[index]);
  }

  /** A control-plane write; refused as {@code DataplaneState} refuses it. */
  public void set(int index, BigInteger value) {
    if (index < 0 || index >= lo.length) {
      throw new StateException(
          "index "
              + index
              + " is out of range for register '"
              + name()
              + "'; expected 0 to "
              + (lo.length - 1));
    }
    if (!BitValues.fits(value, decl.width())) {
      throw new StateException(
          "value " + value + " does not fit in " + BitValues.describeRange(decl.width()));
    }
    lo[index] = value.longValue();
    if (hi.length > 0) {
      hi[index] = value.shiftRight(64).longValue();
    }
  }
}
