package dev.oasis.compiler.interp;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A frame a run sent: the index of the input frame that caused it, the port, the input's timestamp,
 * the bytes, and whether the slow path (rather than the pipeline) sent it.
 */
public record OutputFrame(
    int inputIndex, int port, long timestampNanos, byte[] bytes, boolean fromSlowPath) {

  public OutputFrame {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutputFrame f
        && f.inputIndex == inputIndex
        && f.port == port
        && f.timestampNanos == timestampNanos
        && f.fromSlowPath == fromSlowPath
        && Arrays.equals(f.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inputIndex, port, timestampNanos, fromSlowPath) + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return (fromSlowPath ? "slow path" : "pipeline")
        + " -> port "
        + port
        + " (input "
        + inputIndex
        + "): "
        + HexFormat.of().formatHex(bytes);
  }
}
