package dev.oasis.sim.testbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.sim.verilator.AxisFrame;
import dev.oasis.sim.verilator.DeviceInterface;
import dev.oasis.sim.verilator.HandshakePattern;
import dev.oasis.sim.verilator.TimedFrame;
import dev.oasis.sim.verilator.VerilatedDevice;
import dev.oasis.sim.verilator.VerilatedModel;
import dev.oasis.sim.verilator.VerilatorBuild;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Icarus Verilog, an independent simulator, runs the same design with the same frames and handshake
 * patterns as Verilator: both must hand over the same frames in the same cycles.
 */
class IcarusAgreementTest {

  private static final int RESET_CYCLES = 8;
  private static final int USER_WIDTH = 8;

  @ParameterizedTest(name = "DATA_WIDTH {0}")
  @ValueSource(ints = {64, 512})
  void theSliceAgreesCycleForCycle(int dataWidth, @TempDir Path dir) {
    Random random = new Random(dataWidth + 1);
    List<AxisFrame> frames = new ArrayList<>();
    for (int length = 1; length <= 150; length++) {
      byte[] data = new byte[length];
      random.nextBytes(data);
      frames.add(new AxisFrame(data, random.nextInt(256)));
    }
    HandshakePattern valid = HandshakePattern.random(31, 0.6);
    HandshakePattern ready = HandshakePattern.random(37, 0.7);
    DeviceInterface device = DeviceInterface.streams(dataWidth, USER_WIDTH);
    Path rtl = rtl("axis_slice.v");

    VerilatedModel model =
        VerilatorBuild.of("axis_slice", device, List.of(rtl))
            .parameter("DATA_WIDTH", dataWidth)
            .parameter("USER_WIDTH", USER_WIDTH)
            .build();
    List<TimedFrame> verilator;
    int cycles;
    try (VerilatedDevice sim = model.open()) {
      sim.reset(RESET_CYCLES);
      sim.sink().validPattern(valid);
      sim.source(0).readyPattern(ready);
      sim.sink().send(frames);
      sim.runUntilQuiescent(8, 1_000_000);
      verilator = sim.source(0).frames();
      cycles = (int) sim.cycle();
    }

    List<TimedFrame> icarus =
        IcarusStreamBench.of("axis_slice", device, List.of(rtl))
            .parameter("DATA_WIDTH", dataWidth)
            .parameter("USER_WIDTH", USER_WIDTH)
            .run(dir, frames, valid, ready, RESET_CYCLES, cycles);

    assertThat(icarus).extracting(TimedFrame::frame).containsExactlyElementsOf(frames);
    assertThat(icarus).isEqualTo(verilator);
  }

  @Test
  void aDesignWithAxiLiteAndAHostStreamIsWiredUp(@TempDir Path dir) {
    DeviceInterface device =
        DeviceInterface.streams(32, 4).withSource("m_axis_host_", 4).withAxiLite(16);
    List<AxisFrame> frames =
        List.of(new AxisFrame(new byte[] {1, 2, 3, 4, 5}, 3), new AxisFrame(new byte[] {6}, 0));

    List<TimedFrame> out =
        IcarusStreamBench.of("csr_demux", device, List.of(rtl("csr_demux.v")))
            .run(dir, frames, HandshakePattern.always(), HandshakePattern.always(), 4, 40);

    // PUNT_MASK is zero after reset: every frame stays on m_axis, passed straight through.
    assertThat(out)
        .containsExactly(new TimedFrame(frames.get(0), 4, 5), new TimedFrame(frames.get(1), 6, 6));
  }

  @Test
  void aBrokenDesignReportsIcarusOutput(@TempDir Path dir) {
    IcarusStreamBench bench =
        IcarusStreamBench.of(
            "syntax_error", DeviceInterface.streams(8, 0), List.of(rtl("syntax_error.v")));
    List<AxisFrame> frames = List.of(new AxisFrame(new byte[] {1}, 0));
    assertThatThrownBy(
            () ->
                bench.run(dir, frames, HandshakePattern.always(), HandshakePattern.always(), 2, 10))
        .isInstanceOf(IcarusBenchException.class)
        .hasMessageStartingWith("iverilog exited with")
        .hasMessageContaining("syntax_error.v:10");
  }

  private static Path rtl(String name) {
    try {
      return Path.of(IcarusAgreementTest.class.getResource("/rtl/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
