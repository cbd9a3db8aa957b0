package dev.oasis.compiler.interp;

import java.util.Arrays;
import java.util.HexFormat;

/** A frame and the port it leaves by (or arrives on). Equal when port and bytes are equal. */
public record PortFrame(int port, byte[] bytes) {

  public PortFrame {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PortFrame f && f.port == port && Arrays.equals(f.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return 31 * port + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "port " + port + ": " + HexFormat.of().formatHex(bytes);
  }
}
