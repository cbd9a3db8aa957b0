package dev.oasis.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Program;
import dev.oasis.dsl.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example appliances in the repository load without a single diagnostic. */
class ExampleProgramsTest {
  private static final Path EXAMPLES = Path.of("../examples");

  @Test
  void l3RouterLoadsWithItsStandardModulesInImportOrder() {
    LoadedProgram loaded = Frontend.load(EXAMPLES.resolve("l3-router/router.oasis"));

    assertThat(loaded.diagnostics().all())
        .as(DiagnosticRenderer.render(loaded.diagnostics().sorted()))
        .isEmpty();
    assertThat(loaded.modules().stream().map(p -> p.file().path()))
        .containsExactly(
            "std/ethernet.oasis",
            "std/arp.oasis",
            "std/ipv4.oasis",
            "std/icmp.oasis",
            "std/punt.oasis",
            "../examples/l3-router/router.oasis");
    Program router = loaded.main();
    assertThat(router.imports()).hasSize(5);
    assertThat(router.declarations().stream().filter(d -> d instanceof Decl.Table)).hasSize(4);
    assertThat(router.declarations().stream().filter(d -> d instanceof Decl.Action)).hasSize(7);
    assertThat(router.declarations())
        .hasAtLeastOneElementOfType(Decl.Parser.class)
        .hasAtLeastOneElementOfType(Decl.Control.class)
        .hasAtLeastOneElementOfType(Decl.Deparser.class);
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      List<Path> programs = files.filter(p -> p.toString().endsWith(".oasis")).sorted().toList();
      return programs.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleLoadsWithoutDiagnostics(Path program) {
    LoadedProgram loaded = Frontend.load(program);
    assertThat(loaded.diagnostics().all())
        .as(DiagnosticRenderer.render(loaded.diagnostics().sorted()))
        .isEmpty();
    assertThat(loaded.main().declarations()).isNotEmpty();
  }
}
