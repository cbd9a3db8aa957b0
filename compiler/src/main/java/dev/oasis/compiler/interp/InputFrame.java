package dev.oasis.compiler.interp;

import java.util.HexFormat;

/** A frame to run: the port it arrives on, its timestamp in nanoseconds, its bytes. */
public record InputFrame(int port, long timestampNanos, byte[] bytes) {

  public InputFrame {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InputFrame f
        && f.port == port
        && f.timestampNanos == timestampNanos
        && java.util.Arrays.equals(f.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(port, timestampNanos) + java.util.Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "port " + port + " at " + timestampNanos + ": " + HexFormat.of().formatHex(bytes);
  }
}
