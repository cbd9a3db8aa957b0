package dev.oasis.runtime.slowpath;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A packet the pipeline punted to the slow path.
 *
 * <p>The frame array is not copied: the caller hands it over and must not change it afterwards.
 *
 * @param frame the Ethernet frame without FCS, as received, at most 65535 bytes
 * @param ingressPort the port it arrived on, 0..65535
 * @param reason the punt reason code, 0..65535 (see {@link PuntReason})
 * @param timestampNanos the packet's time (capture or NIC clock), nanoseconds since an arbitrary
 *     epoch; the slow path's only clock
 */
public record PuntedPacket(byte[] frame, int ingressPort, int reason, long timestampNanos) {

  /** Checks the ranges. */
  public PuntedPacket {
    Objects.requireNonNull(frame, "frame");
    if (frame.length > 0xffff) {
      throw new IllegalArgumentException(
          "punted frame is " + frame.length + " bytes, expected at most 65535");
    }
    if (ingressPort < 0 || ingressPort > 0xffff) {
      throw new IllegalArgumentException(
          "punted packet ingress port " + ingressPort + " is out of range, expected 0..65535");
    }
    if (reason < 0 || reason > PuntReason.MAX_CODE) {
      throw new IllegalArgumentException(
          "punt reason " + reason + " is out of range, expected 0..65535");
    }
  }

  /** The version-1 metadata describing this packet. */
  public PuntMetadata metadata() {
    return PuntMetadata.of(reason, ingressPort, frame.length);
  }

  /** What goes on the host stream for this packet: the 8-byte metadata, then the frame. */
  public byte[] toHostRecord() {
    byte[] record = new byte[PuntMetadata.LENGTH + frame.length];
    metadata().writeTo(record, 0);
    System.arraycopy(frame, 0, record, PuntMetadata.LENGTH, frame.length);
    return record;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PuntedPacket that
        && ingressPort == that.ingressPort
        && reason == that.reason
        && timestampNanos == that.timestampNanos
        && Arrays.equals(frame, that.frame);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ingressPort, reason, timestampNanos, Arrays.hashCode(frame));
  }

  @Override
  public String toString() {
    return "PuntedPacket[port "
        + ingressPort
        + ", reason "
        + reason
        + ", at "
        + timestampNanos
        + " ns, frame "
        + HexFormat.of().formatHex(frame)
        + "]";
  }
}
