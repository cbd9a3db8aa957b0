package dev.oasis.sim.equiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.hw.hcl.Elaboration;
import dev.oasis.hw.lower.HardwareLowering;
import dev.oasis.hw.lower.HwOptions;
import dev.oasis.hw.lower.LoweringResult;
import dev.oasis.hw.verilog.VerilogEmitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The RTL of the differential test programs passes {@code verilator --lint-only -Wall} without a
 * message, and yosys synthesizes one of them for iCE40 with {@code check -assert}.
 */
class LoweredRtlToolTest {

  @TempDir Path dir;

  private List<String> emit(String name, String source, int dataWidth) throws IOException {
    LoweringResult r =
        HardwareLowering.lower(DifferentialHarness.compile(name, source), new HwOptions(dataWidth));
    assertThat(r.diagnostics()).isEmpty();
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, String> f :
        VerilogEmitter.emit(Elaboration.elaborate(r.top())).entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      names.add(f.getKey());
    }
    return names;
  }

  private String run(List<String> command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("%s: %s", command, text).isZero();
    return text;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "port_patch",
        "l2_forwarder",
        "ttl_router",
        "parse_errors",
        "checksum_router",
        "registers",
        "router_with_acl"
      })
  void lintIsClean(String name) throws Exception {
    String source =
        switch (name) {
          case "port_patch" -> LoweringDifferentialTest.PORT_PATCH;
          case "l2_forwarder" -> LoweringDifferentialTest.L2_FORWARDER;
          case "ttl_router" -> LoweringDifferentialTest.TTL_ROUTER;
          case "checksum_router" -> StatefulDifferentialTest.CHECKSUM_ROUTER;
          case "registers" -> StatefulDifferentialTest.REGISTERS;
          case "router_with_acl" -> MatchKindsDifferentialTest.ROUTER_WITH_ACL;
          default -> LoweringDifferentialTest.PARSE_ERRORS_CONTINUE;
        };
    for (int width : new int[] {8, 64, 512}) {
      List<String> cmd =
          new ArrayList<>(
              List.of("verilator", "--lint-only", "-Wall", "--top-module", "oasis_" + name));
      cmd.addAll(emit(name, source, width));
      assertThat(run(cmd)).as("lint of %s at %d bits", name, width).isEmpty();
    }
  }

  @Test
  void portPatchSynthesizesForIce40() throws Exception {
    List<String> files = emit("port_patch", LoweringDifferentialTest.PORT_PATCH, 8);
    String script =
        "read_verilog "
            + String.join(" ", files)
            + "; synth_ice40 -top oasis_port_patch;"
            + " check -assert; stat";
    String log = run(List.of("yosys", "-q", "-p", script));
    assertThat(log).doesNotContain("Warning");
  }
}
