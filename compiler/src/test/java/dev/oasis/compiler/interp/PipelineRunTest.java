package dev.oasis.compiler.interp;

import static dev.oasis.compiler.interp.Harness.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineRunTest {
  private static final String PROGRAM =
      """
      header H { bit<8> kind; bit<8> port; }
      config { ports = 3; max_frame = 64; }
      headers { H h; }
      parser {
          state start {
              extract(h);
              transition select (h.kind) { 0 .. 4: accept; }
          }
      }
      control {
          if (h.kind == 0) { forward((bit<16>) h.port); }
          if (h.kind == 1) { drop(); }
          if (h.kind == 2) { punt(9); }
          if (h.kind == 3) { broadcast(); }
      }
      """;

  @Test
  void runsInOrderHandsPuntsToTheSlowPathAndCountsPerPort() {
    Harness h = new Harness(PROGRAM);
    List<String> punts = new ArrayList<>();
    PuntHandler slowPath =
        (frame, port, reason, ts) -> {
          punts.add(Harness.hex(frame) + " from " + port + " reason " + reason + " at " + ts);
          return List.of(new PortFrame(2, bytes("beef")), new PortFrame(7, bytes("dead")));
        };
    PipelineRun run = new PipelineRun(h.interpreter, slowPath);

    PipelineRun.Result result =
        run.run(
            List.of(
                new InputFrame(0, 10, bytes("0001")),
                new InputFrame(1, 20, bytes("0100")),
                new InputFrame(1, 30, bytes("0200aa")),
                new InputFrame(2, 40, bytes("0300")),
                new InputFrame(0, 50, bytes("09")),
                new InputFrame(0, 60, bytes("0500")),
                new InputFrame(0, 70, bytes("0005")),
                new InputFrame(2, 80, new byte[65])));

    assertThat(punts).containsExactly("0200aa from 1 reason 9 at 30");
    assertThat(result.outputs())
        .containsExactly(
            new OutputFrame(0, 1, 10, bytes("0001"), false),
            new OutputFrame(2, 2, 30, bytes("beef"), true),
            new OutputFrame(3, 0, 40, bytes("0300"), false),
            new OutputFrame(3, 1, 40, bytes("0300"), false));
    assertThat(result.results()).hasSize(8);
    assertThat(run.statistics())
        .containsExactly(
            new PortCounters(0, 4, 1, 3, 0, 2),
            new PortCounters(1, 2, 2, 1, 1, 0),
            new PortCounters(2, 2, 1, 1, 0, 0));
    assertThat(run.dropsByReason())
        .isEqualTo(
            Map.of(
                DropReason.EXPLICIT, 1L,
                DropReason.PARSE_ERROR, 2L,
                DropReason.BAD_PORT, 1L,
                DropReason.OVERSIZE, 1L));
    assertThat(run.invalidSlowPathFrames()).isEqualTo(1);
  }

  @Test
  void framesOnPortsTheProgramDoesNotHaveAreRefusedBeforeAnyRuns() {
    Harness h = new Harness(PROGRAM);
    PipelineRun run = new PipelineRun(h.interpreter);
    assertThatThrownBy(
            () ->
                run.run(
                    List.of(
                        new InputFrame(0, 1, bytes("0000")), new InputFrame(3, 2, bytes("00")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frame 1 arrives on port 3; the program has 3 port(s) (0 to 2)");
    assertThat(h.state.packetsProcessed()).isZero();
    assertThatThrownBy(() -> h.interpreter.process(bytes("0000"), 5, 0))
        .hasMessage("ingress port 5 is out of range; the program has 3 port(s) (0 to 2)");
  }
}
