package dev.oasis.runtime.capture;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One Ethernet frame (without FCS) as a capture file holds it.
 *
 * <p>{@code data} holds the bytes that were captured; {@code originalLength} is the length the
 * frame had on the wire, which is larger than {@code data.length} when the capture truncated it to
 * a snap length. The array is not copied: whoever builds a frame hands the array over and must not
 * change it afterwards. Equality compares the bytes, not the array identity.
 *
 * @param port the Oasis port: the pcapng interface id, 0 for classic pcap; not negative
 * @param timestampNanos nanoseconds since 1970-01-01T00:00:00Z; not negative
 * @param data the captured bytes, starting with the Ethernet destination address
 * @param originalLength the length of the frame on the wire; at least {@code data.length}
 */
public record CapturedFrame(int port, long timestampNanos, byte[] data, int originalLength) {

  /** How many leading bytes {@link #toString()} shows. */
  private static final int TO_STRING_BYTES = 64;

  /** Checks the invariants above. */
  public CapturedFrame {
    Objects.requireNonNull(data, "data");
    if (port < 0) {
      throw new IllegalArgumentException("port " + port + " is negative; expected 0 or more");
    }
    if (timestampNanos < 0) {
      throw new IllegalArgumentException(
          "timestamp " + timestampNanos + " ns is negative; expected nanoseconds since 1970");
    }
    if (originalLength < data.length) {
      throw new IllegalArgumentException(
          "original length "
              + originalLength
              + " is below the "
              + data.length
              + " captured bytes; expected at least the captured length");
    }
  }

  /** A frame that was captured whole: {@code originalLength} is {@code data.length}. */
  public CapturedFrame(int port, long timestampNanos, byte[] data) {
    this(port, timestampNanos, data, data.length);
  }

  /** Whether fewer bytes were captured than the frame had on the wire. */
  public boolean isTruncated() {
    return data.length < originalLength;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CapturedFrame that
        && port == that.port
        && timestampNanos == that.timestampNanos
        && originalLength == that.originalLength
        && Arrays.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(port, timestampNanos, originalLength, Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return "CapturedFrame[port="
        + port
        + ", timestampNanos="
        + timestampNanos
        + ", originalLength="
        + originalLength
        + ", data="
        + HexFormat.of().formatHex(data, 0, Math.min(data.length, TO_STRING_BYTES))
        + (data.length > TO_STRING_BYTES ? "... (" + data.length + " bytes)" : "")
        + "]";
  }
}
