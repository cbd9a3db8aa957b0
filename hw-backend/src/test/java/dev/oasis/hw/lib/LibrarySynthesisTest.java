package dev.oasis.hw.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.hw.hcl.Component;
import dev.oasis.hw.testing.ExternalTool;
import dev.oasis.hw.testing.SynthesisReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * yosys synthesizes every block for iCE40 ({@code synth_ice40}) and for Xilinx 7-series ({@code
 * synth_xilinx}), and {@code check -assert} finds no problem in either netlist. One yosys run per
 * block does both targets; the runs go in parallel. LUT, flip-flop and block RAM counts are
 * printed, and asserted only where the design needs them: the 512 x 64-bit FIFO must be in block
 * RAM.
 */
class LibrarySynthesisTest {

  @TempDir static Path dir;

  private static final Map<String, Future<Synthesis>> RUNS = new LinkedHashMap<>();
  private static ExecutorService pool;

  /** The reports of both targets and the yosys log. */
  record Synthesis(SynthesisReport ice40, SynthesisReport xilinx, int exitCode, String log) {}

  @BeforeAll
  static void synthesizeAll() {
    pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    start("slice", new AxisRegisterSlice(64, 0));
    start("fifo512x64", new AxisFifo(512, 64, 0));
    start("counter", new AxisCounter(64, 0));
    start("regs", Blocks.testRegisters());
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  private static void start(String name, Component top) {
    Blocks.Emitted e = Blocks.emit(top, dir, name);
    RUNS.put(name, pool.submit(() -> synthesize(e)));
  }

  @Test
  void registerSliceSynthesizesForBothTargets() throws Exception {
    Synthesis s = result("slice");
    // two stages of data registers: FFs, no memory
    assertThat(s.ice40().blockRams()).isZero();
    assertThat(s.xilinx().blockRams()).isZero();
  }

  @Test
  void deepFifoUsesBlockRamOnBothTargets() throws Exception {
    Synthesis s = result("fifo512x64");
    assertThat(s.ice40().blockRams()).as("SB_RAM40_4K cells").isPositive();
    assertThat(s.xilinx().blockRams()).as("RAMB18E1/RAMB36E1 cells").isPositive();
  }

  @Test
  void counterSynthesizesWithItsRegisterBlock() throws Exception {
    result("counter");
  }

  @Test
  void registerBlockSynthesizes() throws Exception {
    result("regs");
  }

  private static Synthesis result(String name) throws Exception {
    Synthesis s = RUNS.get(name).get();
    assertThat(s.exitCode()).as("yosys exit code for %s; log:%n%s", name, s.log()).isZero();
    System.out.printf("%-12s %s%n%-12s %s%n", name, s.ice40(), "", s.xilinx());
    return s;
  }

  private static Synthesis synthesize(Blocks.Emitted e) throws IOException {
    String top = e.top();
    String script =
        String.join(
            "\n",
            "read_verilog " + String.join(" ", e.files()),
            "hierarchy -check -top " + top,
            "design -save input",
            "synth_ice40 -top " + top,
            "check -assert",
            "tee -q -o ice40.stat stat",
            "design -load input",
            "synth_xilinx -flatten -top " + top,
            "check -assert",
            "tee -q -o xilinx.stat stat",
            "");
    ExternalTool.write(e.dir(), "synth.ys", script);
    ExternalTool.Result r =
        ExternalTool.run(
            e.dir(), Duration.ofSeconds(240), List.of("yosys", "-q", "-s", "synth.ys"));
    if (r.exitCode() != 0) {
      return new Synthesis(null, null, r.exitCode(), r.output());
    }
    return new Synthesis(
        SynthesisReport.parse("ice40", Files.readString(e.dir().resolve("ice40.stat"))),
        SynthesisReport.parse("xilinx", Files.readString(e.dir().resolve("xilinx.stat"))),
        0,
        r.output());
  }
}
