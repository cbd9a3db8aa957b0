package dev.oasis.runtime.codegen.testing;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.entries.EntriesException;
import dev.oasis.compiler.entries.EntriesLoader;
import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.compiler.interp.Interpreter;
import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.compiler.state.StateSnapshot;
import dev.oasis.runtime.codegen.PipelineCompiler;
import dev.oasis.runtime.pipeline.CompiledPipeline;
import dev.oasis.runtime.pipeline.PacketOutput;
import dev.oasis.runtime.pipeline.PipelineState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the same frames, entries and initial state through the reference interpreter and the
 * compiled pipeline and records every difference: the outcome of each packet (kind, bytes, ports,
 * drop reason, punt reason, parse error) and the final state snapshot. A mismatch describes the
 * program, the packet in hex and both results, so a failing test says what to look at.
 */
public final class Differential {
  private Differential() {}

  /** A program compiled from text (a test bug if it does not compile). */
  public static IrProgram program(String name, String source) {
    return checked(new Compiler().compileSource(name + ".oasis", source));
  }

  public static IrProgram program(Path file) {
    return checked(new Compiler().compile(file));
  }

  private static IrProgram checked(CompileResult r) {
    if (!r.ok()) {
      throw new IllegalArgumentException("the test program does not compile:\n" + r.render());
    }
    return r.program();
  }

  /** Fresh state for {@code program} with the entries of {@code json} (may be null) applied. */
  public static DataplaneState state(IrProgram program, String json) {
    DataplaneState state = new DataplaneState(program);
    if (json == null) {
      return state;
    }
    try {
      new EntriesLoader(ControlPlaneSchema.of(program)).parse("entries.json", json).applyTo(state);
    } catch (EntriesException e) {
      throw new IllegalArgumentException(String.join("\n", e.errors()));
    }
    return state;
  }

  /** What a comparison found. */
  public static final class Report {
    private final String program;
    private final List<String> mismatches = new ArrayList<>();
    private int packets;

    Report(String program) {
      this.program = program;
    }

    public int packets() {
      return packets;
    }

    public List<String> mismatches() {
      return mismatches;
    }

    /** The first few mismatches, for a failure message. */
    public String describe() {
      StringBuilder b = new StringBuilder();
      b.append(mismatches.size())
          .append(" mismatch(es) in program ")
          .append(program)
          .append(" over ")
          .append(packets)
          .append(" packet(s)");
      for (int i = 0; i < Math.min(5, mismatches.size()); i++) {
        b.append("\n\n").append(mismatches.get(i));
      }
      return b.toString();
    }
  }

  /**
   * Runs {@code frames} through both engines from {@code initial} (left untouched: each engine gets
   * its own copy of its state) and compares.
   *
   * @param between called with the packet index before each packet, to make the same control-plane
   *     writes on both (may be null)
   */
  public static Report compare(
      PipelineCompiler.Compiled compiled,
      String sourceText,
      String entriesJson,
      List<InputFrame> frames,
      Consumer<Engines> between) {
    return compareFrom(
        compiled, sourceText, state(compiled.program(), entriesJson), frames, between);
  }

  /**
   * As {@link #compare(PipelineCompiler.Compiled, String, String, List, Consumer)}, from the state
   * {@code initial} (the interpreter runs on it; the compiled pipeline on a copy).
   */
  public static Report compareFrom(
      PipelineCompiler.Compiled compiled,
      String sourceText,
      DataplaneState initial,
      List<InputFrame> frames,
      Consumer<Engines> between) {
    IrProgram program = compiled.program();
    DataplaneState interpreted = initial;
    PipelineState compiledState = PipelineState.copyOf(interpreted);
    Interpreter interpreter = new Interpreter(program, interpreted);
    CompiledPipeline pipeline = compiled.newPipeline(compiledState);
    Engines engines = new Engines(interpreted, compiledState);

    Report report = new Report(program.name());
    PacketOutput out = new PacketOutput();
    for (int i = 0; i < frames.size(); i++) {
      InputFrame f = frames.get(i);
      if (between != null) {
        engines.packet = i;
        between.accept(engines);
      }
      byte[] bytes = f.bytes();
      PacketResult expected = run(() -> interpreter.process(bytes, f.port(), f.timestampNanos()));
      PacketResult actual =
          run(
              () -> {
                pipeline.process(bytes, bytes.length, f.port(), f.timestampNanos(), out);
                return out.toPacketResult();
              });
      report.packets++;
      if (!same(expected, actual)) {
        report.mismatches.add(
            "program:\n"
                + sourceText
                + "\npacket "
                + i
                + " on port "
                + f.port()
                + " at "
                + f.timestampNanos()
                + ": "
                + HexFormat.of().formatHex(bytes)
                + "\ninterpreter: "
                + describe(expected)
                + "\ncompiled:    "
                + describe(actual));
      }
    }
    StateSnapshot snapshot = compiledState.snapshot();
    if (!snapshot.equals(interpreted.snapshot())) {
      report.mismatches.add(
          "program:\n"
              + sourceText
              + "\nfinal state differs\ninterpreter: "
              + interpreted.snapshot()
              + "\ncompiled:    "
              + snapshot);
    }
    return report;
  }

  /** Both engines' states, for identical control-plane writes between packets. */
  public static final class Engines {
    public final DataplaneState interpreted;
    public final PipelineState compiled;
    int packet;

    Engines(DataplaneState interpreted, PipelineState compiled) {
      this.interpreted = interpreted;
      this.compiled = compiled;
    }

    /** The index of the packet about to run. */
    public int packet() {
      return packet;
    }
  }

  private interface Run {
    PacketResult get();
  }

  /** The result, or a description of the exception as a pseudo result (so it compares). */
  private static PacketResult run(Run r) {
    try {
      return r.get();
    } catch (RuntimeException e) {
      return new Failure(e).asResult();
    }
  }

  private static boolean same(PacketResult a, PacketResult b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.equals(b);
  }

  private static String describe(PacketResult r) {
    return r == null ? "(exception)" : r + " parse_error=" + r.parseError();
  }

  /** An exception stands for itself in a comparison: its class and message. */
  private record Failure(RuntimeException e) {
    PacketResult asResult() {
      return PacketResult.punt(-1, (e.getClass().getName() + ": " + e.getMessage()).getBytes(), -1);
    }
  }
}
