package dev.oasis.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.dsl.diag.DiagnosticRenderer;
import dev.oasis.dsl.diag.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The modules of the standard library parse cleanly and the module list matches the files. */
class StandardLibraryTest {
  private static final Path STD_DIR = Path.of("src/main/resources/dev/oasis/dsl/std");

  static Stream<String> modules() {
    return StandardLibrary.MODULES.stream();
  }

  @ParameterizedTest
  @MethodSource("modules")
  void parsesWithoutDiagnostics(String module) {
    SourceFile source = StandardLibrary.source("std." + module);
    ParseResult result = Frontend.parse(source);
    assertThat(result.diagnostics().all())
        .as(DiagnosticRenderer.render(result.diagnostics().all()))
        .isEmpty();
    assertThat(result.program().declarations()).isNotEmpty();
    assertThat(source.path()).isEqualTo("std/" + module + ".oasis");
  }

  @Test
  void moduleListMatchesTheFilesInTheResourceDirectory() throws IOException {
    try (Stream<Path> files = Files.list(STD_DIR)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(
              StandardLibrary.MODULES.stream().map(m -> m + ".oasis").toList());
    }
  }
}
