package dev.oasis.dsl.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.dsl.Frontend;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The printed form of diagnostics. The expected texts are written by hand from the layout rules:
 * {@code path:line:col: severity[code]: message}, the line number right-aligned in five columns,
 * {@code " | "}, the source line, and carets under the span.
 */
class DiagnosticRendererTest {

  private static Diagnostic error(Span span, String message, Diagnostic.Note... notes) {
    return new Diagnostic(
        Severity.ERROR, SyntaxCodes.EXPECTED_TOKEN, message, span, List.of(notes));
  }

  @Test
  void missingSemicolonFromTheParser() {
    String text =
        """
        header Ethernet {
            bit<48> dst;
            bit<16> ethertype
            bit<16> tail;
        }
        """;
    var parsed = Frontend.parse(new SourceFile("router.oasis", text));

    assertThat(DiagnosticRenderer.render(parsed.diagnostics().sorted()))
        .isEqualTo(
            """
            router.oasis:3:22: error[OAS0102]: expected ';' after the field declaration, found 'bit'
                3 |     bit<16> ethertype
                  |                      ^

            1 error
            """);
  }

  @Test
  void missingBraceWithItsNote() {
    String text = "table routes {\n    size = 1024;\n";
    var parsed = Frontend.parse(new SourceFile("t.oasis", text));

    assertThat(DiagnosticRenderer.render(parsed.diagnostics().sorted()))
        .isEqualTo(
            """
            t.oasis:2:17: error[OAS0104]: missing '}' to close the table 'routes'
                2 |     size = 1024;
                  |                 ^
            t.oasis:1:14: note: the table 'routes' starts here
                1 | table routes {
                  |              ^

            1 error
            """);
  }

  @Test
  void caretsCoverTheWholeSpanOnItsLine() {
    SourceFile file = new SourceFile("a.oasis", "const bit<32> A = 10.0.0.256;\n");
    Span literal = new Span(file, 18, 28);

    assertThat(DiagnosticRenderer.render(error(literal, "bad")))
        .isEqualTo(
            """
            a.oasis:1:19: error[OAS0102]: bad
                1 | const bit<32> A = 10.0.0.256;
                  |                   ^^^^^^^^^^
            """);
  }

  @Test
  void aSpanOverSeveralLinesIsMarkedToTheEndOfItsFirstLine() {
    SourceFile file = new SourceFile("a.oasis", "header H {\n    bit<8> x;\n}\n");
    Span header = new Span(file, 0, 25);

    assertThat(DiagnosticRenderer.render(error(header, "long")))
        .isEqualTo(
            """
            a.oasis:1:1: error[OAS0102]: long
                1 | header H {
                  | ^^^^^^^^^^
            """);
  }

  @Test
  void tabsAreExpandedAndTheCaretsFollow() {
    SourceFile file = new SourceFile("a.oasis", "\tx\t= 1\n");
    Span equals = new Span(file, 3, 4);

    assertThat(DiagnosticRenderer.render(error(equals, "tab")))
        .isEqualTo(
            """
            a.oasis:1:4: error[OAS0102]: tab
                1 |     x   = 1
                  |         ^
            """);
  }

  @Test
  void anEmptySpanAtTheEndOfALineGetsOneCaretAfterIt() {
    SourceFile file = new SourceFile("a.oasis", "x = 1\ny = 2\n");
    Span end = new Span(file, 5, 5);

    assertThat(DiagnosticRenderer.render(error(end, "end")))
        .isEqualTo(
            """
            a.oasis:1:6: error[OAS0102]: end
                1 | x = 1
                  |      ^
            """);
  }

  @Test
  void windowsLineEndsAreNotShown() {
    SourceFile file = new SourceFile("a.oasis", "x = 1\r\ny = 2\r\n");
    Span y = new Span(file, 7, 8);

    assertThat(DiagnosticRenderer.render(error(y, "crlf")))
        .isEqualTo(
            """
            a.oasis:2:1: error[OAS0102]: crlf
                2 | y = 2
                  | ^
            """);
  }

  @Test
  void wideLineNumbersWidenTheGutter() {
    SourceFile file = new SourceFile("a.oasis", "\n".repeat(123456) + "bad\n");
    Span bad = new Span(file, 123456, 123459);

    assertThat(DiagnosticRenderer.render(error(bad, "far")))
        .isEqualTo(
            """
            a.oasis:123457:1: error[OAS0102]: far
            123457 | bad
                   | ^^^
            """);
  }

  @Test
  void noSourceLineForAFileThatCouldNotBeRead() {
    SourceFile file = new SourceFile("gone.oasis", "");
    Diagnostic d =
        new Diagnostic(
            Severity.ERROR,
            SyntaxCodes.CANNOT_READ_FILE,
            "cannot read source file 'gone.oasis': no such file",
            new Span(file, 0, 0),
            List.of());

    assertThat(DiagnosticRenderer.render(List.of(d)))
        .isEqualTo(
            """
            gone.oasis:1:1: error[OAS0001]: cannot read source file 'gone.oasis': no such file

            1 error
            """);
  }

  @Test
  void builtinPlacesHaveNoLocation() {
    assertThat(DiagnosticRenderer.render(error(Span.NONE, "inside")))
        .isEqualTo("error[OAS0102]: inside\n");
  }

  @Test
  void summaryCountsErrorsAndWarnings() {
    SourceFile file = new SourceFile("a.oasis", "x\n");
    Span span = new Span(file, 0, 1);
    Diagnostic e = error(span, "e");
    Diagnostic w =
        new Diagnostic(Severity.WARNING, SyntaxCodes.DUPLICATE_IMPORT, "w", span, List.of());

    assertThat(DiagnosticRenderer.summary(List.of(e))).isEqualTo("1 error");
    assertThat(DiagnosticRenderer.summary(List.of(e, e))).isEqualTo("2 errors");
    assertThat(DiagnosticRenderer.summary(List.of(w))).isEqualTo("1 warning");
    assertThat(DiagnosticRenderer.summary(List.of(e, w, w))).isEqualTo("1 error, 2 warnings");
    assertThat(DiagnosticRenderer.render(List.of())).isEmpty();
    assertThat(DiagnosticRenderer.render(List.of(w)))
        .isEqualTo(
            """
            a.oasis:1:1: warning[OAS0007]: w
                1 | x
                  | ^

            1 warning
            """);
  }
}
