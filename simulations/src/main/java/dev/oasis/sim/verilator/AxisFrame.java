package dev.oasis.sim.verilator;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One AXI-Stream frame: its bytes (byte 0 in {@code tdata[7:0]} of the first beat) and its {@code
 * tuser}. Two frames are equal when bytes and {@code tuser} are.
 *
 * <p>The driver puts {@code tuser} on every beat of the frame; the monitor reports the value of the
 * frame's first beat.
 */
public final class AxisFrame {

  private final byte[] data;
  private final long user;

  /**
   * A frame of {@code data} with {@code user} on {@code tuser}.
   *
   * @throws IllegalArgumentException when {@code data} is empty: a frame carries at least one byte
   */
  public AxisFrame(byte[] data, long user) {
    if (data.length == 0) {
      throw new IllegalArgumentException(
          "empty frame: an AXI-Stream frame carries at least one byte");
    }
    this.data = data.clone();
    this.user = user;
  }

  /** A copy of the frame's bytes. */
  public byte[] data() {
    return data.clone();
  }

  /** The frame's length in bytes. */
  public int length() {
    return data.length;
  }

  /** The frame's {@code tuser}. */
  public long user() {
    return user;
  }

  /** The number of beats the frame takes at {@code dataBytes} bytes per beat. */
  public int beats(int dataBytes) {
    return (data.length + dataBytes - 1) / dataBytes;
  }

  byte[] rawData() {
    return data;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AxisFrame that && user == that.user && Arrays.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data) * 31 + Long.hashCode(user);
  }

  @Override
  public String toString() {
    int shown = Math.min(data.length, 32);
    String hex = HexFormat.of().formatHex(data, 0, shown) + (shown < data.length ? "..." : "");
    return "AxisFrame["
        + data.length
        + " bytes, tuser=0x"
        + Long.toHexString(user)
        + ", "
        + hex
        + "]";
  }
}
