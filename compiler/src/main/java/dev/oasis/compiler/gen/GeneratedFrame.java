package dev.oasis.compiler.gen;

import dev.oasis.compiler.interp.InputFrame;
import java.util.HexFormat;

/**
 * A generated frame with the port it arrives on, its timestamp, how it was made, and the parse
 * outcome that the parser model expects for it.
 *
 * @param burst the index of the back-to-back burst the frame belongs to (frames of one burst are 1
 *     ns apart)
 */
public record GeneratedFrame(
    FrameKind kind,
    String description,
    byte[] bytes,
    int port,
    long timestampNanos,
    int burst,
    ParseOutcome expected) {

  public GeneratedFrame {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The frame as the interpreter's and backends' input. */
  public InputFrame toInputFrame() {
    return new InputFrame(port, timestampNanos, bytes);
  }

  @Override
  public String toString() {
    return kind
        + " "
        + description
        + " (port "
        + port
        + ", "
        + bytes.length
        + " bytes): "
        + HexFormat.of().formatHex(bytes);
  }
}
