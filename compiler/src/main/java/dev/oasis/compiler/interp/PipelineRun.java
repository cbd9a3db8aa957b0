package dev.oasis.compiler.interp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs frames through an {@link Interpreter} in order, hands punted packets to a {@link
 * PuntHandler} and sends what it returns straight to the given ports, and counts per port. Frames
 * the slow path sends to a port the program does not have are not sent and are counted as {@link
 * #invalidSlowPathFrames}.
 */
public final class PipelineRun {
  private final Interpreter interpreter;
  private final PuntHandler puntHandler;
  private final long[][] counts;
  private final Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
  private long invalidSlowPathFrames;
  private int inputIndex;

  private static final int RECEIVED = 0;
  private static final int SENT = 1;
  private static final int DROPPED = 2;
  private static final int PUNTED = 3;
  private static final int PARSE_ERRORS = 4;

  /** What one input frame came to. */
  public record Step(PacketResult result, List<OutputFrame> outputs) {
    public Step {
      outputs = List.copyOf(outputs);
    }
  }

  /** The outcome of {@link #run}: one result per input, every frame sent, in order. */
  public record Result(List<PacketResult> results, List<OutputFrame> outputs) {
    public Result {
      results = List.copyOf(results);
      outputs = List.copyOf(outputs);
    }
  }

  public PipelineRun(Interpreter interpreter, PuntHandler puntHandler) {
    this.interpreter = interpreter;
    this.puntHandler = puntHandler;
    this.counts = new long[interpreter.program().config().ports()][5];
  }

  /** A run without a slow path: punted packets go nowhere. */
  public PipelineRun(Interpreter interpreter) {
    this(interpreter, PuntHandler.NONE);
  }

  /**
   * Runs every frame in order.
   *
   * @throws IllegalArgumentException naming the first frame whose port the program does not have
   *     (checked before any frame runs)
   */
  public Result run(List<InputFrame> frames) {
    int ports = counts.length;
    for (int i = 0; i < frames.size(); i++) {
      int port = frames.get(i).port();
      if (port < 0 || port >= ports) {
        throw new IllegalArgumentException(
            "frame "
                + i
                + " arrives on port "
                + port
                + "; the program has "
                + ports
                + " port(s) (0 to "
                + (ports - 1)
                + ")");
      }
    }
    List<PacketResult> results = new ArrayList<>();
    List<OutputFrame> outputs = new ArrayList<>();
    for (InputFrame f : frames) {
      Step s = step(f);
      results.add(s.result());
      outputs.addAll(s.outputs());
    }
    return new Result(results, outputs);
  }

  /** Runs one frame (the next input index of this run). */
  public Step step(InputFrame frame) {
    int index = inputIndex++;
    PacketResult r = interpreter.process(frame.bytes(), frame.port(), frame.timestampNanos());
    long[] in = counts[frame.port()];
    in[RECEIVED]++;
    if (r.parseError() != ParseErrors.NO_ERROR) {
      in[PARSE_ERRORS]++;
    }
    List<OutputFrame> outputs = new ArrayList<>();
    switch (r.kind()) {
      case FORWARD -> {
        for (PortFrame p : r.outputs()) {
          outputs.add(new OutputFrame(index, p.port(), frame.timestampNanos(), p.bytes(), false));
          counts[p.port()][SENT]++;
        }
      }
      case DROP -> {
        in[DROPPED]++;
        drops.merge(r.dropReason(), 1L, Long::sum);
      }
      case PUNT -> {
        in[PUNTED]++;
        List<PortFrame> answers =
            puntHandler.onPunt(r.puntFrame(), frame.port(), r.puntReason(), frame.timestampNanos());
        for (PortFrame p : answers) {
          if (p.port() < 0 || p.port() >= counts.length) {
            invalidSlowPathFrames++;
            continue;
          }
          outputs.add(new OutputFrame(index, p.port(), frame.timestampNanos(), p.bytes(), true));
          counts[p.port()][SENT]++;
        }
      }
    }
    return new Step(r, outputs);
  }

  /** Counts per port, in port order. */
  public List<PortCounters> statistics() {
    List<PortCounters> out = new ArrayList<>();
    for (int p = 0; p < counts.length; p++) {
      long[] c = counts[p];
      out.add(new PortCounters(p, c[RECEIVED], c[SENT], c[DROPPED], c[PUNTED], c[PARSE_ERRORS]));
    }
    return out;
  }

  /** Dropped packets by reason (reasons that never occurred are absent). */
  public Map<DropReason, Long> dropsByReason() {
    return new EnumMap<>(drops);
  }

  /** Frames the slow path addressed to ports the program does not have. */
  public long invalidSlowPathFrames() {
    return invalidSlowPathFrames;
  }
}
