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
 * Every emitted block passes {@code verilator --lint-only -Wall} with no warning at all, also with
 * its generic parameters overridden, and compiles with {@code iverilog -g2005 -Wall} without a
 * warning.
 */
class LibraryLintTest {

  @TempDir static Path dir;

  @Test
  void registerSliceIsLintCleanAtEveryWidthItIsGenericIn() {
    Blocks.Emitted e = Blocks.emit(new AxisRegisterSlice(64, 0), dir, "slice");
    ExternalTool.lint(e.dir(), e.top(), e.files());
    ExternalTool.lint(e.dir(), e.top(), e.files(), "-GDATA_WIDTH=8", "-GKEEP_WIDTH=1");
    ExternalTool.lint(e.dir(), e.top(), e.files(), "-GDATA_WIDTH=512", "-GKEEP_WIDTH=64");
    compiles(e);

    Blocks.Emitted user = Blocks.emit(new AxisRegisterSlice(512, 16), dir, "slice_user");
    ExternalTool.lint(user.dir(), user.top(), user.files());
    ExternalTool.lint(user.dir(), user.top(), user.files(), "-GUSER_WIDTH=1");
    compiles(user);
  }

  @Test
  void fifoIsLintCleanForOtherDepthsAndWidths() {
    Blocks.Emitted e = Blocks.emit(new AxisFifo(16, 64, 1), dir, "fifo");
    ExternalTool.lint(e.dir(), e.top(), e.files());
    ExternalTool.lint(e.dir(), e.top(), e.files(), "-GDEPTH=2", "-GUSER_WIDTH=8");
    ExternalTool.lint(
        e.dir(), e.top(), e.files(), "-GDEPTH=4096", "-GDATA_WIDTH=256", "-GKEEP_WIDTH=32");
    compiles(e);

    Blocks.Emitted noUser = Blocks.emit(new AxisFifo(4, 8, 0), dir, "fifo_small");
    ExternalTool.lint(noUser.dir(), noUser.top(), noUser.files());
    compiles(noUser);
  }

  @Test
  void counterAndItsRegisterBlockAreLintCleanAtEachDataWidth() {
    for (int width : new int[] {8, 64, 512}) {
      Blocks.Emitted e = Blocks.emit(new AxisCounter(width, 0), dir, "counter" + width);
      assertThat(e.files()).containsExactly("oasis_axis_counter.v", "oasis_axis_counter_regs.v");
      ExternalTool.lint(e.dir(), e.top(), e.files());
      ExternalTool.lint(e.dir(), "oasis_axis_counter_regs", List.of("oasis_axis_counter_regs.v"));
      compiles(e);
    }
  }

  @Test
  void registerBlockIsLintClean() {
    Blocks.Emitted e = Blocks.emit(Blocks.testRegisters(), dir, "regs");
    ExternalTool.lint(e.dir(), e.top(), e.files());
    compiles(e);

    // only read-only registers: the write data is unused, and said so
    AxiLiteRegisterBlock readOnly =
        new AxiLiteRegisterBlock(
            "oasis_ro_regs",
            "Read-only registers",
            1,
            2,
            List.of(RegisterSpec.readOnly("counter", 32, 0x40, "a count")));
    Blocks.Emitted ro = Blocks.emit(readOnly, dir, "ro_regs");
    ExternalTool.lint(ro.dir(), ro.top(), ro.files());
    compiles(ro);
  }

  @Test
  void parameterChecksStopElaborationOnABadOverride() {
    Blocks.Emitted fifo = Blocks.emit(new AxisFifo(16, 64, 0), dir, "fifo_checks");
    assertThat(elaborateWith(fifo, "DEPTH=100"))
        .contains("Error: DEPTH must be a power of two of at least 2 (instance oasis_axis_fifo)");
    assertThat(elaborateWith(fifo, "KEEP_WIDTH=7"))
        .contains("Error: KEEP_WIDTH must be DATA_WIDTH/8 (byte granularity)");
    assertThat(elaborateWith(fifo, "DEPTH=32")).doesNotContain("Error");

    Blocks.Emitted counter = Blocks.emit(new AxisCounter(64, 0), dir, "counter_checks");
    assertThat(elaborateWith(counter, "DATA_WIDTH=128"))
        .contains("Error: DATA_WIDTH must be 64 (the value it was generated for)");
  }

  /** Runs the top module alone in Icarus with a parameter overridden; returns what it printed. */
  private static String elaborateWith(Blocks.Emitted e, String override) {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "iverilog",
                "-g2005",
                "-o",
                "check",
                "-s",
                e.top(),
                "-P" + e.top() + "." + override));
    cmd.addAll(e.files());
    ExternalTool.Result compiled = ExternalTool.run(e.dir(), Duration.ofSeconds(60), cmd);
    assertThat(compiled.exitCode()).as("iverilog: %s", compiled.output()).isZero();
    return ExternalTool.run(e.dir(), Duration.ofSeconds(60), List.of("vvp", "-n", "check"))
        .output();
  }

  /** {@code iverilog -g2005 -Wall} compiles the design with no output at all. */
  private static void compiles(Blocks.Emitted e) {
    List<String> cmd =
        new ArrayList<>(List.of("iverilog", "-g2005", "-Wall", "-o", "/dev/null", "-s", e.top()));
    cmd.addAll(e.files());
    ExternalTool.Result r = ExternalTool.run(e.dir(), Duration.ofSeconds(60), cmd);
    assertThat(r.output()).as("iverilog -Wall output for %s", e.top()).isEmpty();
    assertThat(r.exitCode()).isZero();
  }
}
