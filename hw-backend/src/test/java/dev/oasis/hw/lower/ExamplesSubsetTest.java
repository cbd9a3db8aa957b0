package dev.oasis.hw.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.dsl.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example appliances use constructs the first hardware version lacks: each gets OAS08xx
 * diagnostics with a position, never an exception, and the ones it names are the ones documented.
 */
class ExamplesSubsetTest {

  private static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("..", "examples"))) {
      return files.filter(p -> p.toString().endsWith(".oasis")).sorted().toList();
    }
  }

  @Test
  void everyExampleGetsDiagnosticsNotAnException() throws IOException {
    List<Path> examples = examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
    for (Path p : examples) {
      CompileResult r = new Compiler().compile(p);
      assertThat(r.ok()).as(r.render()).isTrue();
      LoweringResult result = HardwareLowering.lower(r.program(), HwOptions.DEFAULT);
      assertThat(result.ok()).as(p.toString()).isFalse();
      for (Diagnostic d : result.diagnostics()) {
        assertThat(d.code()).isIn((Object[]) HardwareCodes.values());
        assertThat(d.span().line()).as(d.message()).isPositive();
      }
    }
  }

  @Test
  void theL2SwitchNeedsMapsAndBroadcast() throws IOException {
    CompileResult r =
        new Compiler().compile(Path.of("..", "examples", "l2-switch", "switch.oasis"));
    List<String> messages =
        HardwareLowering.lower(r.program(), HwOptions.DEFAULT).diagnostics().stream()
            .map(Diagnostic::message)
            .distinct()
            .toList();
    assertThat(messages)
        .containsExactlyInAnyOrder(
            "not yet supported in hardware: maps ('stations')",
            "not yet supported in hardware: map operations",
            "not yet supported in hardware: broadcast and multicast (a frame sent to several"
                + " ports)");
  }
}
