package dev.oasis.sim.equiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.compiler.interp.Interpreter;
import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.interp.PortFrame;
import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.state.CounterValue;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.hw.lower.HwOptions;
import dev.oasis.runtime.slowpath.PuntMetadata;
import dev.oasis.sim.verilator.AxisFrame;
import dev.oasis.sim.verilator.HandshakePattern;
import dev.oasis.sim.verilator.VerilatedDevice;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Runs one program on the reference interpreter and on its Verilated pipeline with the same entries
 * and frames (and random valid and ready patterns), and compares what each frame came to: the
 * frames on the main output with their egress port, the punted frames with their metadata, drops (a
 * frame that appears on neither output) and every counter cell.
 */
final class DifferentialHarness {

  /** An exact-table entry given to both sides. */
  record Entry(
      String table, List<Match> matches, String action, List<BigInteger> args, int priority) {
    Entry(String table, List<BigInteger> key, String action, List<BigInteger> args) {
      this(table, key.stream().<Match>map(Match.Exact::new).toList(), action, args, 0);
    }
  }

  /** A control-plane write before the first frame, other than an entry. */
  sealed interface Write permits RegisterWrite, DefaultAction {}

  /** A register cell written by the control plane. */
  record RegisterWrite(String register, int index, BigInteger value) implements Write {}

  /** A table's default action replaced by the control plane. */
  record DefaultAction(String table, String action, List<BigInteger> args) implements Write {}

  static Outcome compare(
      String name,
      String source,
      int dataWidth,
      List<Entry> entries,
      List<InputFrame> frames,
      long seed) {
    return compare(name, source, dataWidth, entries, List.<Write>of(), frames, seed);
  }

  /** What a comparison found. */
  record Outcome(
      int frames, int forwarded, int punted, int dropped, int counterCells, List<String> results) {}

  private DifferentialHarness() {}

  static IrProgram compile(String name, String source) {
    CompileResult r = new Compiler().compileSource(name + ".oasis", source);
    assertThat(r.ok()).as(r.render()).isTrue();
    return r.program();
  }

  static Outcome compare(
      String name,
      String source,
      int dataWidth,
      List<Entry> entries,
      List<? extends Write> writes,
      List<InputFrame> frames,
      long seed) {
    IrProgram program = compile(name, source);
    DataplaneState state = new DataplaneState(program);
    Interpreter interpreter = new Interpreter(program, state);
    LoweredDevice hw =
        LoweredDevice.build(
            program,
            new HwOptions(dataWidth),
            Path.of("target", "equiv-rtl", name + "-" + dataWidth));

    try (VerilatedDevice device = hw.model().open()) {
      device.reset();
      for (Entry e : entries) {
        state.insertEntry(e.table(), e.matches(), e.action(), e.args(), e.priority());
        hw.insertEntry(device, e.table(), e.matches(), e.action(), e.args(), e.priority());
      }
      for (Write w : writes) {
        if (w instanceof RegisterWrite r) {
          state.writeRegister(r.register(), r.index(), r.value());
          hw.writeRegister(device, r.register(), r.index(), r.value());
        } else if (w instanceof DefaultAction d) {
          state.setDefaultAction(d.table(), d.action(), d.args());
          hw.setDefaultAction(device, d.table(), d.action(), d.args());
        }
      }

      List<String> expectedMain = new ArrayList<>();
      List<String> expectedHost = new ArrayList<>();
      int forwarded = 0;
      int punted = 0;
      int dropped = 0;
      List<String> results = new ArrayList<>();
      for (InputFrame f : frames) {
        PacketResult r = interpreter.process(f.bytes(), f.port(), f.timestampNanos());
        results.add(
            r.kind() == PacketResult.Kind.DROP ? "DROP " + r.dropReason() : r.kind().name());
        switch (r.kind()) {
          case FORWARD -> {
            for (PortFrame p : r.outputs()) {
              expectedMain.add(describe(p.port(), p.bytes()));
            }
            forwarded++;
          }
          case PUNT -> {
            byte[] meta = PuntMetadata.of(r.puntReason(), f.port(), f.bytes().length).encode();
            byte[] all = new byte[meta.length + r.puntFrame().length];
            System.arraycopy(meta, 0, all, 0, meta.length);
            System.arraycopy(r.puntFrame(), 0, all, meta.length, r.puntFrame().length);
            expectedHost.add(HexFormat.of().formatHex(all));
            punted++;
          }
          case DROP -> dropped++;
        }
      }

      device.sink().validPattern(HandshakePattern.random(seed, 0.7));
      device.source(LoweredDevice.MAIN).readyPattern(HandshakePattern.random(seed + 1, 0.6));
      device.source(LoweredDevice.HOST).readyPattern(HandshakePattern.random(seed + 2, 0.5));
      for (InputFrame f : frames) {
        device
            .sink()
            .send(new AxisFrame(f.bytes(), LoweredDevice.sinkUser(f.port(), f.timestampNanos())));
      }
      device.runUntilQuiescent(400, 20_000_000);
      assertThat(device.sink().pendingBeats()).as("beats the pipeline never took").isZero();

      List<String> actualMain = new ArrayList<>();
      for (AxisFrame a : device.source(LoweredDevice.MAIN).payloads()) {
        actualMain.add(describe((int) a.user(), a.data()));
      }
      List<String> actualHost = new ArrayList<>();
      for (AxisFrame a : device.source(LoweredDevice.HOST).payloads()) {
        actualHost.add(HexFormat.of().formatHex(a.data()));
      }
      assertThat(actualMain)
          .as("frames on m_axis (port: bytes)")
          .containsExactlyElementsOf(expectedMain);
      assertThat(actualHost).as("frames on m_axis_host").containsExactlyElementsOf(expectedHost);

      int cells = 0;
      for (Decls.Counter c : program.counters()) {
        for (int i = 0; i < c.size(); i++) {
          CounterValue v = state.counter(c.name()).get(i);
          long[] hwValue = hw.readCounter(device, c.name(), i);
          assertThat(hwValue)
              .as("counter %s[%d] (packets, bytes)", c.name(), i)
              .containsExactly(v.packets(), v.bytes());
          cells++;
        }
      }
      for (Decls.Register reg : program.registers()) {
        for (int i = 0; i < reg.size(); i++) {
          assertThat(hw.readRegister(device, reg.name(), i))
              .as("register %s[%d]", reg.name(), i)
              .isEqualTo(state.register(reg.name()).get(i));
          cells++;
        }
      }
      for (dev.oasis.compiler.ir.Table t : program.tables()) {
        if (!t.directCounters()) {
          continue;
        }
        // slots are filled in insertion order, constant entries first, as the state lists them
        List<dev.oasis.compiler.state.TableState.Entry> inserted = state.table(t.name()).entries();
        for (int i = 0; i < inserted.size(); i++) {
          CounterValue v = inserted.get(i).counter();
          assertThat(hw.readDirectCounter(device, t.name(), i))
              .as("direct counter of %s slot %d", t.name(), i)
              .containsExactly(v.packets(), v.bytes());
          cells++;
        }
        CounterValue d = state.table(t.name()).defaultCounter();
        assertThat(hw.readDirectCounter(device, t.name(), t.size()))
            .as("direct counter of %s default", t.name())
            .containsExactly(d.packets(), d.bytes());
        cells++;
      }
      return new Outcome(frames.size(), forwarded, punted, dropped, cells, results);
    }
  }

  private static String describe(int port, byte[] bytes) {
    return "port " + port + ": " + HexFormat.of().formatHex(bytes);
  }

  /** {@code hex} (spaces allowed) as bytes. */
  static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  /** {@code length} bytes of a deterministic pattern after {@code prefix}. */
  static byte[] frame(String prefixHex, int length) {
    byte[] prefix = hex(prefixHex);
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = i < prefix.length ? prefix[i] : (byte) (i * 7 + 3);
    }
    return out;
  }
}
