package dev.oasis.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VCD waveforms from a model built with tracing. */
class TraceTest {

  @Test
  void aTracedRunWritesAVcdWithTheClock(@TempDir Path dir) throws IOException {
    Path vcd = dir.resolve("slice.vcd");
    AxisFrame frame = new AxisFrame(new byte[] {0x11, 0x22, 0x33}, 9);
    try (VerilatedDevice device = TestDesigns.tracedSlice().open(vcd)) {
      device.reset();
      device.sink().send(frame);
      device.runUntilQuiescent(4, 100);
      assertThat(device.source(0).payloads()).containsExactly(frame);
    }

    // VCD (IEEE 1364 section 18): a $var line declares each signal, #time lines mark time steps.
    List<String> lines = Files.readAllLines(vcd);
    assertThat(lines).anyMatch(l -> l.matches("\\s*\\$var wire\\s+1 \\S+ clk \\$end"));
    assertThat(lines)
        .anyMatch(l -> l.matches("\\s*\\$var wire\\s+64 \\S+ s_axis_tdata \\[63:0\\] \\$end"));
    assertThat(lines).contains("$enddefinitions $end");
    assertThat(lines).contains("#0", "#5", "#10");
  }

  @Test
  void aModelBuiltWithoutTracingRefusesAWaveform(@TempDir Path dir) {
    assertThatThrownBy(() -> TestDesigns.slice(64).open(dir.resolve("x.vcd")))
        .isInstanceOf(SimulationException.class)
        .hasMessageContaining("oasis_sim_create failed")
        .hasMessageContaining("was built without tracing");
  }

  @Test
  void aWaveformInAMissingDirectoryIsRefused(@TempDir Path dir) {
    Path vcd = dir.resolve("no/such/dir/x.vcd");
    assertThatThrownBy(() -> TestDesigns.tracedSlice().open(vcd))
        .isInstanceOf(SimulationException.class)
        .hasMessageContaining("does not exist");
  }
}
