package dev.oasis.compiler.interp;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.state.DataplaneState;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference interpreter of an Oasis program. {@link #process} runs one packet: a frame longer
 * than {@code config.max_frame} is dropped as OVERSIZE without parsing; otherwise the parser runs;
 * a parse error drops the packet (PARSE_ERROR) unless {@code on_parse_error = continue}; the
 * control runs; the last decision it executed decides the outcome (none = NO_DECISION, a port the
 * program does not have = BAD_PORT); the deparser builds the outgoing bytes.
 *
 * <p>Packets are processed strictly one at a time; state changes of one packet are visible to the
 * next. After every packet the state's packet count and last timestamp advance, so control-plane
 * writes are logged between the right packets.
 */
public final class Interpreter {
  private final IrProgram program;
  private final DataplaneState state;
  private final Map<HeaderType, Map<String, Integer>> layouts = new IdentityHashMap<>();

  public Interpreter(IrProgram program, DataplaneState state) {
    this.program = program;
    this.state = state;
    for (Decls.HeaderInstance h : program.headers()) {
      layouts.computeIfAbsent(h.type(), HeaderValue::indexOf);
    }
  }

  public IrProgram program() {
    return program;
  }

  public DataplaneState state() {
    return state;
  }

  /**
   * Runs one frame that arrived on {@code ingressPort} at {@code timestampNanos} (unsigned).
   *
   * @throws IllegalArgumentException if the port is not one of the program's ports
   */
  public PacketResult process(byte[] frame, int ingressPort, long timestampNanos) {
    int ports = program.config().ports();
    if (ingressPort < 0 || ingressPort >= ports) {
      throw new IllegalArgumentException(
          "ingress port "
              + ingressPort
              + " is out of range; the program has "
              + ports
              + " port(s) (0 to "
              + (ports - 1)
              + ")");
    }
    try {
      return run(frame, ingressPort, timestampNanos);
    } finally {
      state.packetProcessed(timestampNanos);
    }
  }

  private PacketResult run(byte[] frame, int ingressPort, long timestampNanos) {
    int ports = program.config().ports();
    if (frame.length > program.config().maxFrame()) {
      return PacketResult.drop(DropReason.OVERSIZE, 0);
    }
    PacketContext ctx =
        new PacketContext(program, layouts, frame.clone(), ingressPort, timestampNanos);
    Executor executor = new Executor(state, ctx);

    int parseError = new ParserRunner(program.parser(), ctx, executor).run();
    if (parseError != ParseErrors.NO_ERROR && program.config().dropOnParseError()) {
      return PacketResult.drop(DropReason.PARSE_ERROR, parseError);
    }

    executor.run(program.control());

    PacketContext.Decision d = ctx.decision;
    if (d == null) {
      return PacketResult.drop(DropReason.NO_DECISION, parseError);
    }
    return switch (d.kind()) {
      case DROP -> PacketResult.drop(DropReason.EXPLICIT, parseError);
      case PUNT ->
          PacketResult.punt(
              d.operand().intValue(), Deparser.deparse(program.deparser(), ctx), parseError);
      case FORWARD -> {
        if (d.operand().compareTo(BigInteger.valueOf(ports)) >= 0) {
          yield PacketResult.drop(DropReason.BAD_PORT, parseError);
        }
        byte[] out = Deparser.deparse(program.deparser(), ctx);
        yield PacketResult.forward(List.of(new PortFrame(d.operand().intValue(), out)), parseError);
      }
      case BROADCAST, MULTICAST -> {
        byte[] out = Deparser.deparse(program.deparser(), ctx);
        List<PortFrame> copies = new ArrayList<>();
        for (int p = 0; p < ports; p++) {
          boolean send =
              d.kind() == PacketContext.DecisionKind.BROADCAST
                  ? p != ingressPort
                  : d.operand().testBit(p);
          if (send) {
            copies.add(new PortFrame(p, out));
          }
        }
        yield PacketResult.forward(copies, parseError);
      }
    };
  }
}
