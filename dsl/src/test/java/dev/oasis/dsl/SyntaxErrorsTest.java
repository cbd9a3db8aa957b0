package dev.oasis.dsl;

import static dev.oasis.dsl.DiagnosticMarkers.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.SyntaxCodes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lexical and syntax errors: each program marks the diagnostics it must produce on the line before
 * the offending line (see {@link DiagnosticMarkers}), and nothing else may be reported.
 */
class SyntaxErrorsTest {

  @Test
  void missingSemicolonAfterFieldPointsAfterTheField() {
    check(
        """
        header Ethernet {
            bit<48> dst;
            // error[OAS0102]: expected ';' after the field declaration, found 'bit'
            bit<16> ethertype
            bit<16> tail;
        }
        """);
  }

  @Test
  void missingSemicolonAfterAssignment() {
    check(
        """
        control {
            // error[OAS0102]: expected ';' after the assignment, found 'y'
            x = 5
            y = 6;
        }
        """);
  }

  @Test
  void missingSemicolonBeforeTransition() {
    check(
        """
        parser {
            state start {
                // error[OAS0102]: expected ';' after the statement, found 'transition'
                extract(eth)
                transition accept;
            }
        }
        """);
  }

  @Test
  void unexpectedCharacterIsReportedOnceAndSkipped() {
    check(
        """
        control {
            // error[OAS0101]: unexpected character '$'
            $x = 1;
            y = 2;
        }
        """);
  }

  @Test
  void strayCharacterInsideAnIdentifierHidesTheParserErrorsItCauses() {
    check(
        """
        control {
            // error[OAS0101]: unexpected character '$'
            x = sizeo$f(udp) + 1;
            // error[OAS0102]: expected ';' after the assignment, found 'z'
            y = 2
            z = 3;
        }
        """);
  }

  @Test
  void aRunOfUnexpectedCharactersIsOneError() {
    LoadedProgram loaded =
        check(
            """
            // error[OAS0101]: unexpected character '@'
            const bit<8> A = 1; @@@#
            """);
    assertThat(loaded.diagnostics().all().get(0).span().text()).isEqualTo("@@@#");
  }

  @Test
  void invisibleAndNonAsciiCharactersAreNamedByCodePoint() {
    check(
        """
        // error[OAS0101]: unexpected character U+00A0
        const bit<8> A\u00a0= 1;
        // error[OAS0101]: unexpected character 'é' (U+00E9)
        const bit<8> café = 1;
        """);
  }

  @Test
  void unterminatedStringDoesNotCascade() {
    check(
        """
        // error[OAS0105]: unterminated string literal
        const bit<8> S = "abc;
        const bit<8> A = 1;
        """);
  }

  @Test
  void unterminatedStringInACallHidesTheErrorsOfTheRestOfTheLine() {
    check(
        """
        table t {
            key {
                // error[OAS0105]: unterminated string literal
                lower("abc, x): exact;
                lower(y): exact;
            }
        }
        """);
  }

  @Test
  void unclosedBlockCommentIsReportedAtItsStart() {
    check(
        """
        const bit<8> A = 1;
        // error[OAS0106]: unclosed block comment
        /* this comment never ends
        control {
        }
        """);
  }

  @Test
  void missingBraceAtEndOfFileNamesTheTableAndWhereItOpened() {
    LoadedProgram loaded =
        check(
            """
            table routes {
                key {
                    ipv4.dst: lpm;
                }
                // error[OAS0104]: missing '}' to close the table 'routes'
                size = 1024;
            """);
    Diagnostic missing = loaded.diagnostics().all().get(0);
    assertThat(missing.notes()).hasSize(1);
    assertThat(missing.notes().get(0).message()).isEqualTo("the table 'routes' starts here");
    assertThat(missing.notes().get(0).span().line()).isEqualTo(1);
    assertThat(missing.notes().get(0).span().text()).isEqualTo("{");
  }

  @Test
  void missingBraceBeforeTheNextDeclarationKeepsTheNextDeclaration() {
    LoadedProgram loaded =
        check(
            """
            header A {
                // error[OAS0104]: missing '}' to close the header 'A'
                bit<8> x;
            header B {
                bit<8> y;
            }
            """);
    assertThat(loaded.main().declarations()).hasSize(1);
  }

  @Test
  void declarationKeywordInTheFirstColumnInsideABlockMeansAMissingBrace() {
    check(
        """
        action a() {
            // error[OAS0104]: missing '}' to close the action 'a'
            drop();
        table t {
            key { x: exact; }
            size = 4;
        }
        control { }
        """);
  }

  @Test
  void missingBraceOfANestedBlockAtEndOfFile() {
    check(
        """
        control {
            if (x) {
                // error[OAS0104]: missing '}' to close the if statement
                drop();
        """);
  }

  @Test
  void missingParenthesisOfACallAtEndOfFile() {
    check(
        """
        control {
            // error[OAS0104]: missing ')' to close the call
            forward(1
        """);
  }

  @Test
  void missingParenthesisInCondition() {
    check(
        """
        control {
            // error[OAS0102]: expected ')' in the if statement, found '{'
            if (x { drop(); }
        }
        """);
  }

  @Test
  void missingExpression() {
    check(
        """
        control {
            // error[OAS0102]: expected an expression in the variable declaration, found ';'
            bit<8> x = ;
            bit<8> y = 2;
        }
        """);
  }

  @Test
  void missingOperand() {
    check(
        """
        control {
            // error[OAS0102]: expected an expression in the assignment, found ';'
            x = 1 +;
        }
        """);
  }

  @Test
  void hexAndBinaryPrefixesAlone() {
    check(
        """
        // error[OAS0112]: integer literal '0x' has no digits after '0x'
        const bit<8> A = 0x;
        // error[OAS0112]: integer literal '0b' has no digits after '0b'
        const bit<8> B = 0b;
        """);
  }

  @Test
  void missingCommaInEnum() {
    check(
        """
        // error[OAS0102]: expected ',' or '}' in the enum 'E', found 'B'
        enum bit<2> E { A = 1 B = 2 }
        """);
  }

  @Test
  void trailingCommaInCall() {
    check(
        """
        control {
            // error[OAS0102]: expected an expression in the call, found ')'
            f(1,);
        }
        """);
  }

  @Test
  void oneBrokenStatementGivesOneError() {
    check(
        """
        control {
            // error[OAS0102]
            f(a b c d e);
            g();
        }
        """);
  }

  @Test
  void independentErrorsInOneFileAreAllReported() {
    LoadedProgram loaded =
        check(
            """
            // error[OAS0108]: 'if' is a reserved word and cannot name a field
            header A { bit<8> if; }
            const bit<8> OK = 1;
            // error[OAS0102]: expected ';' after the constant declaration, found 'const'
            const bit<8> B = 2
            const bit<8> C = 3;
            // error[OAS0102]: expected a declaration, found '}'
            }
            """);
    assertThat(loaded.main().declarations()).hasSize(2);
  }

  @Test
  void reservedWordCannotNameAField() {
    check(
        """
        header H {
            // error[OAS0108]: 'if' is a reserved word and cannot name a field
            bit<8> if;
        }
        """);
  }

  @Test
  void reservedWordCannotNameAConstantOrAVariable() {
    check(
        """
        // error[OAS0108]: 'true' is a reserved word and cannot name a constant
        const bit<8> true = 1;
        control {
            // error[OAS0108]: 'emit' is a reserved word and cannot name a variable
            bit<8> emit = 1;
        }
        """);
  }

  @Test
  void keywordsThatAreFieldNamesStayUsable() {
    check(
        """
        header Gre {
            bit<1> key;
            bit<8> state;
            bit<8> priority;
            bit<8> table;
        }
        """);
  }

  @Test
  void unexpectedTokenAtTopLevel() {
    check(
        """
        // error[OAS0102]: expected a declaration, found '}'
        }
        const bit<8> A = 1;
        """);
  }

  @Test
  void unexpectedTokenInStructNamesFields() {
    check(
        """
        // error[OAS0102]: expected a field or '}' in the struct 'S', found 'if'
        struct S { bit<8> x; if y; }
        """);
  }

  @Test
  void ipv4OctetAbove255() {
    check(
        """
        // error[OAS0109]: IPv4 literal 10.0.0.256 has an octet above 255
        const bit<32> A = 10.0.0.256;
        """);
  }

  @Test
  void widthPrefixZeroAndTooWide() {
    check(
        """
        // error[OAS0110]: width prefix 0 in '0w5', expected a width of at least 1
        const bit<8> A = 0w5;
        // error[OAS0111]: width prefix 4096 in '4096w1' is too large, expected at most 2048
        const bit<8> B = 4096w1;
        """);
  }

  @Test
  void hexAndBinaryLiteralsNeedDigits() {
    check(
        """
        // error[OAS0112]: integer literal '0x_' has no digits after '0x'
        const bit<8> A = 0x_;
        // error[OAS0112]: integer literal '8w0b__' has no digits after '0b'
        const bit<8> B = 8w0b__;
        """);
  }

  @Test
  void unknownEscapeInString() {
    LoadedProgram loaded =
        check(
            """
            // error[OAS0107]: unknown escape sequence '\\q' in a string literal, expected \\", \\\\, \\n or \\t
            const bit<8> S = "a\\qb";
            """);
    assertThat(loaded.diagnostics().all().get(0).span().text()).isEqualTo("\\q");
  }

  @Test
  void rightShiftWithASpace() {
    check(
        """
        control {
            // error[OAS0113]: a right shift is written '>>' without a space, found '> >'
            x = a > > 2;
        }
        """);
  }

  @Test
  void importAfterDeclaration() {
    check(
        """
        const bit<8> A = 1;
        // error[OAS0114]: import after a declaration, expected all imports at the top of the file
        import std.ipv4;
        """);
  }

  @Test
  void garbageStopsAfterTooManyErrors() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append("$ ;\n");
    }
    LoadedProgram loaded = Frontend.loadSource("garbage.oasis", text.toString());
    List<Diagnostic> all = loaded.diagnostics().all();
    assertThat(all).hasSize(51);
    assertThat(all.get(50).code()).isEqualTo(SyntaxCodes.TOO_MANY_ERRORS);
    assertThat(all.get(50).message())
        .isEqualTo("too many syntax errors in 'garbage.oasis', stopped reporting after 50");
  }

  @Test
  void emptyFileIsAnEmptyProgram() {
    LoadedProgram loaded = check("");
    assertThat(loaded.main().imports()).isEmpty();
    assertThat(loaded.main().declarations()).isEmpty();
    assertThat(loaded.modules()).containsExactly(loaded.main());
  }
}
