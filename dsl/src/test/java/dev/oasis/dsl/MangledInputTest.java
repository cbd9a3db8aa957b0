package dev.oasis.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.DiagnosticRenderer;
import dev.oasis.dsl.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bad input of every shape gives diagnostics, never an exception: the example router cut, doubled,
 * shuffled and sprinkled with stray characters, with fixed seeds so that a failure reproduces.
 */
class MangledInputTest {
  private static final String[] FRAGMENTS = {
    "{",
    "}",
    "(",
    ")",
    ";",
    "<",
    ">",
    "\"",
    "/*",
    "*/",
    "$",
    "\u00e9",
    "\t",
    "\n",
    "0x",
    "16w",
    "1.2.3.999",
    "if",
    "else",
    "header",
    "table",
    "state",
    "transition",
    "=",
    "..",
    "&&&",
    ":",
    "\\",
    "\u0000",
    "\uD83D",
    "import \"x\";",
    "import std.",
    "bit<",
    "_",
    "default"
  };

  @Test
  void mutatedProgramsNeverThrow() throws IOException {
    String router = Files.readString(Path.of("../examples/l3-router/router.oasis"));
    Random random = new Random(20240611);
    int withErrors = 0;
    for (int i = 0; i < 400; i++) {
      String text = mutate(router, random);
      LoadedProgram loaded = Frontend.loadSource("mutant" + i + ".oasis", text);
      for (Diagnostic d : loaded.diagnostics().all()) {
        assertThat(d.code()).isNotNull();
        assertThat(d.message()).isNotBlank().doesNotContain("expecting {", "mismatched input");
        assertThat(d.span().end()).isLessThanOrEqualTo(d.span().file().text().length());
      }
      // Rendering must cope with every span the front end produces.
      DiagnosticRenderer.render(loaded.diagnostics().sorted());
      if (loaded.diagnostics().hasErrors()) {
        withErrors++;
      }
    }
    assertThat(withErrors).isGreaterThan(300);
  }

  @Test
  void prefixesOfAProgramNeverThrow() throws IOException {
    String router = Files.readString(Path.of("../examples/l3-router/router.oasis"));
    for (int end = 0; end <= router.length(); end += 7) {
      LoadedProgram loaded = Frontend.loadSource("prefix.oasis", router.substring(0, end));
      assertThat(loaded.diagnostics().all())
          .allSatisfy(d -> assertThat(d.severity()).isIn(Severity.ERROR, Severity.WARNING));
    }
  }

  private static String mutate(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(s.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(20)));
        default -> {
          int from = random.nextInt(s.length());
          int to = Math.min(s.length(), from + random.nextInt(40));
          s.insert(at, s.substring(from, to));
        }
      }
    }
    return s.toString();
  }
}
