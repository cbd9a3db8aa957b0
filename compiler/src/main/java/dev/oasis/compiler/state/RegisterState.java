package dev.oasis.compiler.state;

import dev.oasis.compiler.ir.Decls;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A register array ({@code register<bit<W>> r[N];}), all zero at start. Pipeline reads outside
 * {@code 0 .. N-1} give 0 and pipeline writes there are ignored; control-plane writes out of range
 * or too wide are refused.
 */
public final class RegisterState {
  private final Decls.Register decl;
  private final BigInteger[] values;

  public RegisterState(Decls.Register decl) {
    this.decl = decl;
    this.values = new BigInteger[decl.size()];
    Arrays.fill(values, BigInteger.ZERO);
  }

  public Decls.Register decl() {
    return decl;
  }

  public String name() {
    return decl.name();
  }

  public int size() {
    return values.length;
  }

  public int width() {
    return decl.width();
  }

  /** {@code r.read(index)}: the value, or 0 when the index is out of range. */
  public BigInteger read(BigInteger index) {
    return inRange(index) ? values[index.intValue()] : BigInteger.ZERO;
  }

  /** {@code r.write(index, value)}: ignored when the index is out of range. */
  public void write(BigInteger index, BigInteger value) {
    if (inRange(index)) {
      values[index.intValue()] = BitValues.truncate(value, decl.width());
    }
  }

  /** A control-plane write: refuses an index out of range or a value that does not fit. */
  void set(int index, BigInteger value) {
    check(index, value);
    values[index] = value;
  }

  /** Throws the error that {@link #set} would give, without writing. */
  void check(int index, BigInteger value) {
    if (index < 0 || index >= values.length) {
      throw new StateException(
          "index "
              + index
              + " is out of range for register '"
              + name()
              + "'; expected 0 to "
              + (values.length - 1));
    }
    if (!BitValues.fits(value, decl.width())) {
      throw new StateException(
          "value " + value + " does not fit in " + BitValues.describeRange(decl.width()));
    }
  }

  /** The value at a valid index (for snapshots and tests). */
  public BigInteger get(int index) {
    return values[index];
  }

  private boolean inRange(BigInteger index) {
    return index.signum() >= 0 && index.compareTo(BigInteger.valueOf(values.length)) < 0;
  }
}
