package dev.oasis.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a build can fail gives an exception that names the step and the cause. */
class BuildErrorsTest {

  @Test
  void aSyntaxErrorQuotesVerilatorsErrorLine() {
    VerilatorBuild build =
        VerilatorBuild.of(
            "syntax_error",
            DeviceInterface.streams(8, 0),
            List.of(TestDesigns.rtl("syntax_error.v")));
    assertThatThrownBy(build::build)
        .isInstanceOfSatisfying(
            VerilatorBuildException.class,
            e -> assertThat(e.step()).isEqualTo(BuildStep.READ_PORTS))
        .hasMessageStartingWith("verilator --xml-only (read the top module's ports) failed")
        .hasMessageContaining("%Error: " + TestDesigns.rtl("syntax_error.v") + ":10:")
        .hasMessageContaining("syntax error");
  }

  @Test
  void aTopModuleWithoutTheInterfaceListsWhatIsWrong() {
    VerilatorBuild build =
        VerilatorBuild.of(
            "missing_ports",
            DeviceInterface.streams(64, 0),
            List.of(TestDesigns.rtl("missing_ports.v")));
    assertThatThrownBy(build::build)
        .isInstanceOfSatisfying(
            VerilatorBuildException.class,
            e -> assertThat(e.step()).isEqualTo(BuildStep.CHECK_PORTS))
        .hasMessageContaining("top module missing_ports does not have the Oasis interface")
        .hasMessageContaining("missing input [7:0] s_axis_tkeep, output m_axis_tlast")
        .hasMessageContaining("m_axis_tdata is 32 bits wide, expected 64");
  }

  @Test
  void aLintWarningStopsTheBuildWithVerilatorsMessage() {
    VerilatorBuild build =
        VerilatorBuild.of(
            "lint_warning",
            DeviceInterface.streams(8, 0),
            List.of(TestDesigns.rtl("lint_warning.v")));
    assertThatThrownBy(build::build)
        .isInstanceOfSatisfying(
            VerilatorBuildException.class, e -> assertThat(e.step()).isEqualTo(BuildStep.VERILATE))
        .hasMessageStartingWith("verilator --cc --build failed: verilator exited with 1")
        .hasMessageContaining(
            "%Warning-UNUSEDSIGNAL: " + TestDesigns.rtl("lint_warning.v") + ":15:");
  }

  @Test
  void anUnknownTopModuleIsNamed() {
    VerilatorBuild build =
        VerilatorBuild.of(
            "no_such_top",
            DeviceInterface.streams(64, 8),
            List.of(TestDesigns.rtl("axis_slice.v")));
    assertThatThrownBy(build::build)
        .isInstanceOf(VerilatorBuildException.class)
        .hasMessageContaining("no_such_top");
  }

  @Test
  void aMissingRtlFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("gone.v");
    VerilatorBuild build =
        VerilatorBuild.of("gone", DeviceInterface.streams(64, 8), List.of(missing));
    assertThatThrownBy(build::build)
        .isInstanceOf(VerilatorBuildException.class)
        .hasMessageContaining("cannot read RTL file " + missing);
  }

  @Test
  void aMissingVerilatorSaysHowToInstallIt() {
    VerilatorBuild build =
        TestDesigns.sliceBuild(64).toolchain(new LocalToolchain("oasis-test-no-such-verilator"));
    assertThatThrownBy(build::build)
        .isInstanceOfSatisfying(
            VerilatorBuildException.class,
            e -> assertThat(e.step()).isEqualTo(BuildStep.FIND_TOOLCHAIN))
        .hasMessageContaining("verilator is not installed")
        .hasMessageContaining("install it with `apt-get install verilator`");
  }

  @Test
  void aToolThatHangsIsKilledAtItsTimeout(@TempDir Path dir) {
    LocalToolchain sleeper = new LocalToolchain("sleep");
    assertThatThrownBy(
            () ->
                sleeper.run(
                    BuildStep.VERILATE, Tool.VERILATOR, List.of("30"), dir, Duration.ofMillis(300)))
        .isInstanceOf(VerilatorBuildException.class)
        .hasMessage(
            "verilator --cc --build failed: timed out after 0.3 s and was killed: sleep 30");
  }

  @Test
  void interfacesOutsideTheSupportedRangeAreRefused() {
    assertThatThrownBy(() -> DeviceInterface.streams(12, 0))
        .hasMessage("DATA_WIDTH 12 not supported: expected a multiple of 8 from 8 to 512");
    assertThatThrownBy(() -> DeviceInterface.streams(1024, 0))
        .hasMessage("DATA_WIDTH 1024 not supported: expected a multiple of 8 from 8 to 512");
    assertThatThrownBy(() -> DeviceInterface.streams(64, 65))
        .hasMessage("tuser width 65 of s_axis_ out of range 0..64");
    assertThatThrownBy(() -> DeviceInterface.streams(64, 0).withSource("m_axis_", 0))
        .hasMessage("stream prefix m_axis_ used twice");
    assertThatThrownBy(() -> DeviceInterface.streams(64, 0).withSource("m axis", 0))
        .hasMessage("stream prefix 'm axis' is not a Verilog identifier ending in '_'");
    assertThatThrownBy(() -> DeviceInterface.streams(64, 0).withAxiLite(33))
        .hasMessage("AXI-Lite address width 33 out of range 0..32");
    assertThatThrownBy(
            () ->
                VerilatorBuild.of(
                    "bad name", DeviceInterface.streams(64, 0), List.of(Path.of("x.v"))))
        .hasMessage("top module name 'bad name' is not an identifier");
  }
}
