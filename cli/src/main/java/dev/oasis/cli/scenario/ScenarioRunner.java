package dev.oasis.cli.scenario;

import dev.oasis.cli.SlowPathBridge;
import dev.oasis.cli.UserError;
import dev.oasis.compiler.entries.Entries;
import dev.oasis.compiler.entries.EntriesException;
import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.compiler.interp.Interpreter;
import dev.oasis.compiler.interp.OutputFrame;
import dev.oasis.compiler.interp.PipelineRun;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.runtime.slowpath.ApplianceInterfaces;
import dev.oasis.runtime.slowpath.PuntedPacket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link Scenario} in the reference interpreter, with the runtime's standard slow path
 * answering punts, and compares what comes out with the {@code expect} lines.
 *
 * <p>Before the first line, the initial entries are written and a fresh slow path starts with their
 * {@code interfaces}. Lines then run in order: the n-th {@code packet} line (from 0) arrives with
 * timestamp {@link #FIRST_TIMESTAMP_NANOS} + n × {@link #TIMESTAMP_STEP_NANOS}, the timestamps of
 * the examples' captures; {@code add} and {@code setdefault} write the state between two packets.
 * Each port, and the host, is a queue: at the end, the frames out of it must equal its {@code
 * expect} lines in number and order (the order between queues is not checked).
 */
public final class ScenarioRunner {
  /** The timestamp of the first packet: 1 s after the epoch. */
  public static final long FIRST_TIMESTAMP_NANOS = 1_000_000_000L;

  /** The time between two packets: 1 ms. */
  public static final long TIMESTAMP_STEP_NANOS = 1_000_000L;

  private static final String HOST = "host";

  private final IrProgram program;

  public ScenarioRunner(IrProgram program) {
    this.program = program;
  }

  /**
   * Runs {@code scenario} from a fresh state.
   *
   * @param entries the initial entries and interfaces, or null for none
   * @throws ScenarioException if the state refuses the initial entries or a control-plane write of
   *     the scenario, or an interface is invalid
   */
  public ScenarioReport run(Scenario scenario, Entries entries) throws ScenarioException {
    DataplaneState state = new DataplaneState(program);
    ApplianceInterfaces interfaces = ApplianceInterfaces.builder().build();
    if (entries != null) {
      apply(entries, state);
      try {
        interfaces = SlowPathBridge.interfaces(Path.of(entries.source()), entries.interfaces());
      } catch (UserError e) {
        throw new ScenarioException(e.getMessage());
      }
    }
    SlowPathBridge slowPath = new SlowPathBridge(interfaces);
    PipelineRun run = new PipelineRun(new Interpreter(program, state), slowPath);

    int ports = program.config().ports();
    List<List<Mismatch.Expected>> expected = queues(ports + 1);
    List<List<Mismatch.Actual>> actual = queues(ports + 1);
    List<Integer> packetLines = new ArrayList<>();
    for (Scenario.Step step : scenario.steps()) {
      int packet = Math.max(packetLines.size() - 1, 0);
      if (step instanceof Scenario.Packet p) {
        int index = packetLines.size();
        packetLines.add(p.line());
        long timestamp = FIRST_TIMESTAMP_NANOS + index * TIMESTAMP_STEP_NANOS;
        for (OutputFrame out : run.step(new InputFrame(p.port(), timestamp, p.frame())).outputs()) {
          actual.get(out.port()).add(new Mismatch.Actual(index, -1, out.bytes()));
        }
        for (PuntedPacket toHost : slowPath.takeHostPackets()) {
          actual.get(ports).add(new Mismatch.Actual(index, toHost.reason(), toHost.frame()));
        }
      } else if (step instanceof Scenario.Expect e) {
        expected.get(e.port()).add(new Mismatch.Expected(e.line(), packet, -1, e.frame()));
      } else if (step instanceof Scenario.ExpectHost h) {
        expected.get(ports).add(new Mismatch.Expected(h.line(), packet, h.reason(), h.frame()));
      } else if (step instanceof Scenario.ControlWrite w) {
        try {
          w.writes().applyTo(state);
        } catch (EntriesException e) {
          String where = scenario.source() + ":" + w.line();
          throw new ScenarioException(
              e.errors().stream().map(m -> ControlWriteParser.withoutJsonPlace(where, m)).toList());
        }
      }
      // 'expect drop' is documentation only: the queues' comparison already checks it.
    }

    List<Mismatch> mismatches = new ArrayList<>();
    for (int q = 0; q <= ports; q++) {
      String queue = q == ports ? HOST : "port " + q;
      mismatches.addAll(QueueComparison.compare(queue, expected.get(q), actual.get(q)));
    }
    return new ScenarioReport(scenario.source(), packetLines, mismatches);
  }

  private static void apply(Entries writes, DataplaneState state) throws ScenarioException {
    try {
      writes.applyTo(state);
    } catch (EntriesException e) {
      throw new ScenarioException(e.errors());
    }
  }

  private static <T> List<List<T>> queues(int count) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(new ArrayList<>());
    }
    return out;
  }
}
