package dev.oasis.runtime.slowpath;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A frame the slow path sends out of a port.
 *
 * <p>The frame array is not copied; it belongs to the receiver.
 *
 * @param port the egress port, 0..65535
 * @param frame the Ethernet frame without FCS (not padded to 60 bytes; the MAC pads)
 */
public record Emission(int port, byte[] frame) {

  /** Checks the port range. */
  public Emission {
    Objects.requireNonNull(frame, "frame");
    if (port < 0 || port > 0xffff) {
      throw new IllegalArgumentException(
          "emission port " + port + " is out of range, expected 0..65535");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Emission that && port == that.port && Arrays.equals(frame, that.frame);
  }

  @Override
  public int hashCode() {
    return 31 * port + Arrays.hashCode(frame);
  }

  @Override
  public String toString() {
    return "Emission[port " + port + ", frame " + HexFormat.of().formatHex(frame) + "]";
  }
}
