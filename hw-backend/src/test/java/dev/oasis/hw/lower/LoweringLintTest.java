package dev.oasis.hw.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.hw.hcl.Design;
import dev.oasis.hw.hcl.Elaboration;
import dev.oasis.hw.testing.ExternalTool;
import dev.oasis.hw.verilog.VerilogEmitter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Programs of the subset lower to RTL that Verilator's lint accepts with -Wall. */
class LoweringLintTest {

  static final String PORT_PATCH =
      """
      import std.ethernet;
      config { ports = 2; max_frame = 256; }
      headers { Ethernet eth; }
      parser { state start { extract(eth); transition accept; } }
      control {
          if (packet.ingress_port == 0) { forward(1); } else { forward(0); }
      }
      """;

  @TempDir Path dir;

  static LoweringResult lower(String source, int dataWidth) {
    CompileResult r = new Compiler().compileSource("t.oasis", source);
    assertThat(r.ok()).as(r.render()).isTrue();
    return HardwareLowering.lower(r.program(), new HwOptions(dataWidth));
  }

  @Test
  void portPatchLintsClean() {
    LoweringResult result = lower(PORT_PATCH, 64);
    assertThat(result.diagnostics()).isEmpty();
    Design design = Elaboration.elaborate(result.top());
    Map<String, String> files = VerilogEmitter.emit(design);
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      ExternalTool.write(dir, f.getKey(), f.getValue());
      names.add(f.getKey());
    }
    ExternalTool.lint(dir, result.top().moduleName(), names);
  }
}
