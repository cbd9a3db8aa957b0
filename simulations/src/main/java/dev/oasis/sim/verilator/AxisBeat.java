package dev.oasis.sim.verilator;

import java.util.Arrays;

/**
 * The signals of one AXI-Stream port in one cycle, for beat-level driving and inspection.
 *
 * @param data {@code tdata} as bytes, byte 0 = {@code tdata[7:0]}; as many bytes as a beat holds
 * @param keep {@code tkeep}, bit i for byte i
 * @param last {@code tlast}
 * @param user {@code tuser}
 * @param valid {@code tvalid}
 */
public record AxisBeat(byte[] data, long keep, boolean last, long user, boolean valid) {

  /** Copies the data. */
  public AxisBeat {
    data = data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AxisBeat that
        && Arrays.equals(data, that.data)
        && keep == that.keep
        && last == that.last
        && user == that.user
        && valid == that.valid;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data) * 31
        + Long.hashCode(keep ^ user)
        + (last ? 2 : 0)
        + (valid ? 1 : 0);
  }

  @Override
  public String toString() {
    return "AxisBeat[valid="
        + valid
        + ", last="
        + last
        + ", keep=0x"
        + Long.toHexString(keep)
        + ", user=0x"
        + Long.toHexString(user)
        + ", "
        + data.length
        + " bytes]";
  }
}
