package dev.oasis.runtime.pipeline;

import dev.oasis.compiler.interp.DropReason;
import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.compiler.interp.OutputFrame;
import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.interp.ParseErrors;
import dev.oasis.compiler.interp.PipelineRun;
import dev.oasis.compiler.interp.PortCounters;
import dev.oasis.compiler.interp.PortFrame;
import dev.oasis.compiler.interp.PuntHandler;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs frames through a {@link CompiledPipeline} one step at a time exactly as {@link PipelineRun}
 * runs them through the interpreter: punted packets go to a {@link PuntHandler} whose answers are
 * sent straight to their ports, and every port is counted the same way (frames the slow path
 * addresses to a port the program does not have are not sent and are counted apart). Each step
 * returns a {@link PipelineRun.Step}, so callers handle both engines alike. For tools: a step
 * allocates its result.
 */
public final class CompiledRun {
  private static final int RECEIVED = 0;
  private static final int SENT = 1;
  private static final int DROPPED = 2;
  private static final int PUNTED = 3;
  private static final int PARSE_ERRORS = 4;

  private final CompiledPipeline pipeline;
  private final PuntHandler puntHandler;
  private final PacketOutput out = new PacketOutput();
  private final long[][] counts;
  private final Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
  private long invalidSlowPathFrames;
  private int inputIndex;

  public CompiledRun(CompiledPipeline pipeline, PuntHandler puntHandler) {
    this.pipeline = pipeline;
    this.puntHandler = puntHandler;
    this.counts = new long[pipeline.program().config().ports()][5];
  }

  /** Runs one frame (the next input index of this run). */
  public PipelineRun.Step step(InputFrame frame) {
    int index = inputIndex++;
    byte[] bytes = frame.bytes();
    pipeline.process(bytes, bytes.length, frame.port(), frame.timestampNanos(), out);
    PacketResult r = out.toPacketResult();
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
    return new PipelineRun.Step(r, outputs);
  }

  /** Counts per port, in port order. */
  public List<PortCounters> statistics() {
    List<PortCounters> list = new ArrayList<>();
    for (int p = 0; p < counts.length; p++) {
      long[] c = counts[p];
      list.add(new PortCounters(p, c[RECEIVED], c[SENT], c[DROPPED], c[PUNTED], c[PARSE_ERRORS]));
    }
    return list;
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
