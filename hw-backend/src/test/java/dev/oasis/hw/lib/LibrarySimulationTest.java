package dev.oasis.hw.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.hw.testing.ExternalTool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blocks run in Icarus Verilog against hand-written testbenches (src/test/resources/tb): random
 * handshakes from fixed seeds, beats checked for order, loss and repeats, a full-rate burst checked
 * for gaps, and AXI-Lite accesses checked against the register map.
 */
class LibrarySimulationTest {

  @TempDir static Path dir;

  private static final String BEATS = "2000";

  @Test
  void registerSliceKeepsOrderUnderRandomBackpressureAndRunsAtFullRate() {
    for (int width : new int[] {8, 64, 512}) {
      Blocks.Emitted e = Blocks.emit(new AxisRegisterSlice(width, 0), dir, "slice" + width);
      String out =
          simulate(e, "axis_stream_tb.v", "DUT=" + e.top(), "DATA_WIDTH=" + width, "BEATS=200");
      assertThat(out).contains("PASS: 264 beats in order").contains("64-beat burst in 64 cycles");
    }
  }

  @Test
  void fifoKeepsOrderWhenItFillsAndEmpties() {
    // 16 beats, so that the long output stalls of the testbench fill it
    Blocks.Emitted e = Blocks.emit(new AxisFifo(16, 64, 2), dir, "fifo");
    String out =
        simulate(
            e,
            "axis_stream_tb.v",
            "DUT=" + e.top(),
            "DATA_WIDTH=64",
            "USER_WIDTH=2",
            "BEATS=" + BEATS);
    assertThat(out).contains("PASS: 2064 beats in order").contains("64-beat burst in 64 cycles");
  }

  @Test
  void counterPassesBeatsAndCountsPacketsAndBytes() {
    Blocks.Emitted e = Blocks.emit(new AxisCounter(64, 0), dir, "counter");
    String out =
        simulate(
            e, "axis_stream_tb.v", "DUT=" + e.top(), "DATA_WIDTH=64", "COUNTER", "BEATS=" + BEATS);
    // 2064 beats, every fifth the last of a packet
    assertThat(out).contains("PASS: 2064 beats in order").contains("PASS: 412 packets");
  }

  @Test
  void registerBlockAnswersWithItsHeaderAndMap() {
    AxiLiteRegisterBlock regs = Blocks.testRegisters();
    assertThat(regs.addressWidth()).as("AXIL_ADDR_WIDTH of axil_regs_tb.v").isEqualTo(5);
    Blocks.Emitted e = Blocks.emit(regs, dir, "regs");
    for (String seed : new String[] {"1", "2", "3"}) {
      String out = simulate(e, "axil_regs_tb.v", "SEED=" + seed);
      assertThat(out).contains("PASS: header, reset values");
    }
  }

  /** Compiles the testbench with the design and runs it; returns what it printed. */
  private static String simulate(Blocks.Emitted e, String testbench, String... defines) {
    Path tb = ExternalTool.testbenchDir();
    List<String> cmd =
        new ArrayList<>(List.of("iverilog", "-g2005", "-Wall", "-I", tb.toString(), "-o", "sim"));
    boolean seeded = false;
    for (String d : defines) {
      cmd.add("-D" + d);
      seeded |= d.startsWith("SEED=");
    }
    if (!seeded) {
      cmd.add("-DSEED=7");
    }
    cmd.add(tb.resolve(testbench).toString());
    cmd.addAll(e.files());
    ExternalTool.Result compiled = ExternalTool.run(e.dir(), Duration.ofSeconds(60), cmd);
    assertThat(compiled.output()).as("iverilog output").isEmpty();
    assertThat(compiled.exitCode()).isZero();

    ExternalTool.Result run =
        ExternalTool.run(e.dir(), Duration.ofSeconds(120), List.of("vvp", "-n", "sim"));
    assertThat(run.output()).as("testbench output").doesNotContain("ERROR").doesNotContain("FAIL");
    assertThat(run.exitCode()).isZero();
    return run.output();
  }
}
