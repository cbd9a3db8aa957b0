package dev.oasis.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Negative tests in the error-prone style: a program marks each diagnostic it expects on the line
 * before the offending line,
 *
 * <pre>
 *     // error[OAS0102]: expected ';' after the field declaration, found 'bit'
 *     bit&lt;16&gt; ethertype
 * </pre>
 *
 * with the message optional ({@code // error[OAS0102]} alone checks code and line). Several markers
 * in a row all apply to the first line after them. The check fails on a missing diagnostic and on
 * any diagnostic that no marker expects, showing what was reported as the user would see it.
 */
final class DiagnosticMarkers {
  private static final Pattern MARKER =
      Pattern.compile("^\\s*//\\s*(error|warning)\\[(OAS\\d{4})\\](?::\\s*(.*))?$");

  private DiagnosticMarkers() {}

  /** One expected or actual diagnostic, as the markers can describe it. */
  record Expectation(String path, int line, String severity, String code, String message) {
    @Override
    public String toString() {
      return path
          + ":"
          + line
          + ": "
          + severity
          + "["
          + code
          + "]"
          + (message == null ? "" : ": " + message);
    }
  }

  /** The markers of one file. */
  static List<Expectation> markers(String path, String text) {
    List<Expectation> expected = new ArrayList<>();
    List<Matcher> pending = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.matches()) {
        pending.add(m);
        continue;
      }
      for (Matcher marker : pending) {
        expected.add(
            new Expectation(path, i + 1, marker.group(1), marker.group(2), marker.group(3)));
      }
      pending.clear();
    }
    assertThat(pending).as("markers at the end of %s point at no line", path).isEmpty();
    return expected;
  }

  /** Loads {@code text} as a program of its own and checks its diagnostics against its markers. */
  static LoadedProgram check(String text) {
    LoadedProgram loaded = Frontend.loadSource("test.oasis", text);
    verify(loaded, markers("test.oasis", text));
    return loaded;
  }

  /**
   * Writes {@code files} (name to text) into {@code dir}, loads {@code main} from there and checks
   * the diagnostics of every file against the markers in it.
   */
  static LoadedProgram checkFiles(Path dir, String main, Map<String, String> files)
      throws IOException {
    List<Expectation> expected = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
      expected.addAll(markers(path.toString(), file.getValue()));
    }
    LoadedProgram loaded = Frontend.load(dir.resolve(main));
    verify(loaded, expected);
    return loaded;
  }

  static Map<String, String> files(String... nameThenText) {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < nameThenText.length; i += 2) {
      files.put(nameThenText[i], nameThenText[i + 1]);
    }
    return files;
  }

  private static void verify(LoadedProgram loaded, List<Expectation> expected) {
    List<Diagnostic> diagnostics = loaded.diagnostics().sorted();
    List<Expectation> actual = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      actual.add(
          new Expectation(
              d.span().file().path(),
              d.span().line(),
              d.severity().label(),
              d.code().code(),
              d.message()));
    }
    List<Expectation> unmatched = new ArrayList<>(actual);
    List<Expectation> missing = new ArrayList<>();
    for (Expectation e : expected) {
      Expectation match =
          unmatched.stream()
              .filter(
                  a ->
                      a.path().equals(e.path())
                          && a.line() == e.line()
                          && a.severity().equals(e.severity())
                          && a.code().equals(e.code())
                          && (e.message() == null || a.message().equals(e.message())))
              .findFirst()
              .orElse(null);
      if (match == null) {
        missing.add(e);
      } else {
        unmatched.remove(match);
      }
    }
    unmatched.sort(Comparator.comparing(Expectation::path).thenComparing(Expectation::line));
    assertThat(missing)
        .as("expected diagnostics that were not reported; reported:%n%s", render(diagnostics))
        .isEmpty();
    assertThat(unmatched)
        .as("diagnostics that no marker expects; reported:%n%s", render(diagnostics))
        .isEmpty();
  }

  private static String render(List<Diagnostic> diagnostics) {
    return diagnostics.isEmpty() ? "(nothing)" : DiagnosticRenderer.render(diagnostics);
  }
}
