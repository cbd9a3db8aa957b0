package dev.oasis.runtime.pipeline;

import dev.oasis.compiler.interp.DropReason;
import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.interp.PortFrame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one packet came to, written by a {@link CompiledPipeline} into buffers that are reused from
 * packet to packet: FORWARD with the outgoing frame and the ports it leaves by (broadcast and
 * multicast copies are identical, so the frame is held once, ports ascending), DROP with a reason,
 * or PUNT with a reason code and the deparsed frame. {@link #parseError} is the packet's {@code
 * packet.parse_error} whatever the outcome.
 *
 * <p>The frame lives in {@link #frame()} up to {@link #frameLength()}; it is valid until the next
 * packet is processed into this output.
 */
public final class PacketOutput {
  private PacketResult.Kind kind = PacketResult.Kind.DROP;
  private DropReason dropReason = DropReason.NO_DECISION;
  private int parseError;
  private int puntReason;
  private byte[] frame = new byte[2048];
  private int frameLength;
  private int[] ports = new int[8];
  private int portCount;

  public PacketResult.Kind kind() {
    return kind;
  }

  /** Why the packet was dropped (DROP only, else null). */
  public DropReason dropReason() {
    return kind == PacketResult.Kind.DROP ? dropReason : null;
  }

  public int parseError() {
    return parseError;
  }

  /** The punt reason (PUNT only, else 0). */
  public int puntReason() {
    return kind == PacketResult.Kind.PUNT ? puntReason : 0;
  }

  /** The buffer holding the outgoing frame (FORWARD and PUNT). */
  public byte[] frame() {
    return frame;
  }

  public int frameLength() {
    return kind == PacketResult.Kind.DROP ? 0 : frameLength;
  }

  /** The number of ports a FORWARD sends the frame to (0 for DROP and PUNT). */
  public int portCount() {
    return kind == PacketResult.Kind.FORWARD ? portCount : 0;
  }

  /** The {@code i}-th egress port, ascending. */
  public int port(int i) {
    return ports[i];
  }

  /** A buffer of at least {@code capacity} bytes for the outgoing frame. */
  byte[] frameBuffer(int capacity) {
    if (frame.length < capacity) {
      frame = new byte[Math.max(capacity, frame.length * 2)];
    }
    return frame;
  }

  void drop(DropReason reason, int parseError) {
    this.kind = PacketResult.Kind.DROP;
    this.dropReason = reason;
    this.parseError = parseError;
    this.portCount = 0;
    this.frameLength = 0;
  }

  void punt(int reason, int length, int parseError) {
    this.kind = PacketResult.Kind.PUNT;
    this.puntReason = reason;
    this.frameLength = length;
    this.parseError = parseError;
    this.portCount = 0;
  }

  void forward(int length, int parseError, int maxPorts) {
    this.kind = PacketResult.Kind.FORWARD;
    this.frameLength = length;
    this.parseError = parseError;
    this.portCount = 0;
    if (ports.length < maxPorts) {
      ports = new int[maxPorts];
    }
  }

  void addPort(int port) {
    ports[portCount++] = port;
  }

  /** The outcome as the interpreter's {@link PacketResult} (allocates; for tests and tools). */
  public PacketResult toPacketResult() {
    return switch (kind) {
      case DROP -> PacketResult.drop(dropReason, parseError);
      case PUNT -> PacketResult.punt(puntReason, Arrays.copyOf(frame, frameLength), parseError);
      case FORWARD -> {
        List<PortFrame> copies = new ArrayList<>();
        byte[] bytes = Arrays.copyOf(frame, frameLength);
        for (int i = 0; i < portCount; i++) {
          copies.add(new PortFrame(ports[i], bytes));
        }
        yield PacketResult.forward(copies, parseError);
      }
    };
  }
}
