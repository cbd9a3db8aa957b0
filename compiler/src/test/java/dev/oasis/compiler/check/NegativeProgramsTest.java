package dev.oasis.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Programs with semantic errors, in the error-prone style: in {@code negative/*.oasis} a comment
 * {@code // error[OAS0301]} marks an error expected on the next line that is not such a comment
 * ({@code // error[OAS0701]@1} on an explicit line), optionally followed by {@code : text} that the
 * message must contain. Each file must give exactly the marked errors, on exactly those lines.
 */
class NegativeProgramsTest {
  private static final Path DIR = Path.of("src/test/resources/negative");
  private static final Pattern MARKER =
      Pattern.compile("^\\s*//\\s*error\\[(OAS\\d{4})](?:@(\\d+))?(?::\\s*(.*))?$");

  /** One expected or reported error. */
  record Expected(int line, String code, String text) {}

  static Stream<Path> programs() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(f -> f.toString().endsWith(".oasis")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void reportsExactlyTheMarkedErrors(Path file) throws IOException {
    List<Expected> expected = markers(Files.readAllLines(file, StandardCharsets.UTF_8));
    assertThat(expected).as("markers in %s", file).isNotEmpty();

    CompileResult result = new Compiler().compile(file);
    List<Diagnostic> errors =
        result.diagnostics().all().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    List<String> actual = sorted(errors.stream().map(d -> d.span().line() + " " + d.code().code()));
    List<String> wanted = sorted(expected.stream().map(e -> e.line() + " " + e.code()));

    assertThat(result.program()).isNull();
    assertThat(actual).as("errors of %s:%n%s", file, result.render()).isEqualTo(wanted);
    for (Expected e : expected) {
      if (e.text() != null) {
        assertThat(errors)
            .as("message of %s at line %d", e.code(), e.line())
            .anySatisfy(
                d -> {
                  assertThat(d.span().line()).isEqualTo(e.line());
                  assertThat(d.code().code()).isEqualTo(e.code());
                  assertThat(d.message()).contains(e.text());
                });
      }
    }
    assertThat(result.render()).doesNotContain("null").doesNotContain("Exception");
  }

  private static List<String> sorted(Stream<String> s) {
    return s.sorted(
            Comparator.comparingInt((String x) -> Integer.parseInt(x.substring(0, x.indexOf(' '))))
                .thenComparing(x -> x))
        .toList();
  }

  /** The errors the markers of a file expect. */
  static List<Expected> markers(List<String> lines) {
    List<Expected> expected = new ArrayList<>();
    List<Matcher> pending = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (m.matches()) {
        if (m.group(2) != null) {
          expected.add(new Expected(Integer.parseInt(m.group(2)), m.group(1), m.group(3)));
        } else {
          pending.add(m);
        }
        continue;
      }
      for (Matcher p : pending) {
        expected.add(new Expected(i + 1, p.group(1), p.group(3)));
      }
      pending.clear();
    }
    return expected;
  }
}
