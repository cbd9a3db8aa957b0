package dev.oasis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.ir.IrProgram;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark programs are valid Oasis, so that the benchmarks measure a real compile. */
class GeneratedProgramsTest {

  @Test
  void twoHundredTablesCompileWithoutAnyDiagnostic() {
    CompileResult result =
        new Compiler().compileSource("generated-200.oasis", GeneratedPrograms.withTables(200));

    assertThat(result.render()).isEmpty();
    assertThat(result.diagnostics().sorted()).isEmpty();
    assertThat(result.ok()).isTrue();
    IrProgram program = result.program();
    assertThat(program.tables()).hasSize(200);
  }

  @Test
  void aSingleTableCompiles() {
    CompileResult result =
        new Compiler().compileSource("generated-1.oasis", GeneratedPrograms.withTables(1));

    assertThat(result.diagnostics().sorted()).isEmpty();
    assertThat(result.program().tables()).hasSize(1);
  }

  @Test
  void noTablesIsRefusedWithTheCountInTheMessage() {
    assertThatThrownBy(() -> GeneratedPrograms.withTables(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table count 0 is out of range; expected 1 or more");
  }

  @Test
  void everyExampleAndTheGeneratedProgramIsFoundAndCompiles(@TempDir Path scratch) {
    Path root = RepositoryRoot.find();
    for (String name :
        new String[] {
          "l3-router",
          "l2-switch",
          "dns-responder",
          "stateful-firewall",
          BenchmarkPrograms.GENERATED
        }) {
      Path file = BenchmarkPrograms.file(name, root, scratch);

      CompileResult result = new Compiler().compile(file);

      assertThat(result.ok()).as("%s (%s): %s", name, file, result.render()).isTrue();
    }
  }

  @Test
  void anUnknownProgramNameIsRefusedByName(@TempDir Path scratch) {
    assertThatThrownBy(() -> BenchmarkPrograms.file("no-such", RepositoryRoot.find(), scratch))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no example is called 'no-such'");
  }
}
