package dev.oasis.compiler.interp;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What one packet came to: FORWARD with the output frames (one per copy; broadcast and multicast
 * copies in ascending port order), DROP with a reason, or PUNT with a reason code and the deparsed
 * packet for the slow path. {@link #parseError} is the packet's {@code packet.parse_error} (0 if it
 * parsed), whatever the decision.
 */
public final class PacketResult {

  /** The kind of outcome. */
  public enum Kind {
    FORWARD,
    DROP,
    PUNT
  }

  private final Kind kind;
  private final List<PortFrame> outputs;
  private final DropReason dropReason;
  private final int parseError;
  private final int puntReason;
  private final byte[] puntFrame;

  private PacketResult(
      Kind kind,
      List<PortFrame> outputs,
      DropReason dropReason,
      int parseError,
      int puntReason,
      byte[] puntFrame) {
    this.kind = kind;
    this.outputs = List.copyOf(outputs);
    this.dropReason = dropReason;
    this.parseError = parseError;
    this.puntReason = puntReason;
    this.puntFrame = puntFrame;
  }

  public static PacketResult forward(List<PortFrame> outputs, int parseError) {
    return new PacketResult(Kind.FORWARD, outputs, null, parseError, 0, null);
  }

  public static PacketResult drop(DropReason reason, int parseError) {
    return new PacketResult(Kind.DROP, List.of(), reason, parseError, 0, null);
  }

  public static PacketResult punt(int reason, byte[] frame, int parseError) {
    return new PacketResult(Kind.PUNT, List.of(), null, parseError, reason, frame.clone());
  }

  public Kind kind() {
    return kind;
  }

  /** The frames sent (FORWARD only; possibly none, e.g. a broadcast on a one-port program). */
  public List<PortFrame> outputs() {
    return outputs;
  }

  /** Why the packet was dropped (DROP only, else null). */
  public DropReason dropReason() {
    return dropReason;
  }

  /** {@code packet.parse_error}: 0 if the packet parsed; the error code otherwise. */
  public int parseError() {
    return parseError;
  }

  /** The punt reason code (PUNT only, else 0). */
  public int puntReason() {
    return puntReason;
  }

  /** The deparsed packet handed to the slow path (PUNT only, else null). */
  public byte[] puntFrame() {
    return puntFrame == null ? null : puntFrame.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PacketResult r
        && r.kind == kind
        && r.outputs.equals(outputs)
        && r.dropReason == dropReason
        && r.parseError == parseError
        && r.puntReason == puntReason
        && Arrays.equals(r.puntFrame, puntFrame);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, outputs, dropReason, parseError, puntReason)
        + Arrays.hashCode(puntFrame);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case FORWARD -> "FORWARD " + outputs;
      case DROP ->
          "DROP "
              + dropReason
              + (dropReason == DropReason.PARSE_ERROR ? " (error " + parseError + ")" : "");
      case PUNT -> "PUNT reason " + puntReason + ": " + HexFormat.of().formatHex(puntFrame);
    };
  }
}
