package dev.oasis.compiler.passes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.print.IrPrinter;
import dev.oasis.dsl.Frontend;
import dev.oasis.dsl.LoadedProgram;
import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.Diagnostics;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each pass does to a program, seen in the IR and in the printed source. */
class PassesTest {
  private static final String PROGRAM =
      """
      import std.ethernet;
      import std.vlan;
      headers { Ethernet eth; Vlan tags[3]; }
      metadata { bit<16> x; bool flag; }
      parser {
          state start {
              extract(eth);
              transition select (eth.ethertype) {
                  0x8100: tag;
                  default: accept;
              }
          }
          state tag {
              extract(tags);
              transition select (tags.last.ethertype) {
                  0x8100: tag;
                  default: accept;
              }
          }
      }
      control {
      %s
      }
      """;

  private static IrProgram compile(String control) {
    CompileResult result = new Compiler().compileSource("p.oasis", PROGRAM.formatted(control));
    if (!result.ok()) {
      fail("does not compile:\n" + result.render());
    }
    return result.program();
  }

  private static String printedControl(String control) {
    String printed = IrPrinter.print(compile(control));
    return printed.substring(printed.indexOf("control {"), printed.indexOf("deparser {")).trim();
  }

  @Test
  void foldsConstantsAndNeutralOperations() {
    assertThat(
            printedControl(
                """
                meta.x = (16w0x600 + 2) & 0xffff;
                meta.x = meta.x * 1 + 0;
                meta.x = meta.x | 0;
                meta.x = meta.x & 0;
                meta.flag = meta.flag && true;
                meta.x = (bit<16>) (bit<32>) meta.x;
                meta.x = meta.x << 16;
                forward(meta.x);
                """))
        .isEqualTo(
            """
            control {
                meta.x = 0x602;
                meta.x = meta.x;
                meta.x = meta.x;
                meta.x = 0;
                meta.flag = meta.flag;
                meta.x = meta.x;
                meta.x = 0;
                forward(meta.x);
            }""");
  }

  @Test
  void keepsOperandsWithEffects() {
    CompileResult result =
        new Compiler()
            .compileSource(
                "p.oasis",
                """
                import std.ethernet;
                headers { Ethernet eth; }
                map<bit<48>, bit<16>> m { sets = 16; ways = 2; }
                parser { state start { extract(eth); transition accept; } }
                control {
                    bit<16> v = m.get(eth.src) * 0;
                    bool b = m.put(eth.src, v) && false;
                    forward(v);
                }
                """);
    assertThat(result.ok()).as(result.render()).isTrue();
    assertThat(IrPrinter.print(result.program()))
        .contains("m.get(eth.src) * 0")
        .contains("m.put(eth.src, v) && false");
  }

  @Test
  void removesDeadCode() {
    assertThat(
            printedControl(
                """
                bit<16> unused = 3;
                bit<16> used = eth.ethertype;
                if (false) {
                    drop();
                } else {
                    forward(used);
                }
                if (meta.flag) {
                    return;
                } else {
                    return;
                }
                meta.x = 1;
                """))
        .isEqualTo(
            """
            control {
                bit<16> used = eth.ethertype;
                {
                    forward(used);
                }
                if (meta.flag) {
                    return;
                } else {
                    return;
                }
            }""");
  }

  @Test
  void acceptsALoopBoundedByAHeaderStack() {
    IrProgram p = compile("forward(0);");
    assertThat(p.parser().states()).hasSize(2);
  }

  @Test
  void rewritingKeepsActionAndTableIdentities() {
    CompileResult result =
        new Compiler()
            .compileSource(
                "p.oasis",
                """
                import std.ethernet;
                headers { Ethernet eth; }
                parser { state start { extract(eth); transition accept; } }
                action a(bit<16> p) { forward(p + 0); }
                table t { key { eth.dst: exact; } actions { a; } default_action = a(1); }
                control {
                    switch (t.apply()) { a: { a(2); } }
                }
                """);
    IrProgram p = result.program();
    var action = p.actions().get(0);
    var table = p.tables().get(0);
    assertThat(table.actions().get(0)).isSameAs(action);
    assertThat(table.defaultAction().action()).isSameAs(action);
    Stmt.Switch sw = (Stmt.Switch) p.control().statements().get(0);
    assertThat(sw.apply().table()).isSameAs(table);
    assertThat(sw.cases().get(0).action()).isSameAs(action);
    Stmt.CallAction call = (Stmt.CallAction) sw.cases().get(0).body().statements().get(0);
    assertThat(call.action()).isSameAs(action);
    // FoldConstants ran on the action body: p + 0 is p.
    assertThat(((Stmt.Forward) action.body().statements().get(0)).port())
        .isInstanceOf(Expr.ParamRef.class);
  }

  @Test
  void aCrashInsideAPassIsReportedAsACompilerBug() {
    LoadedProgram loaded = Frontend.loadSource("p.oasis", PROGRAM.formatted("forward(0);"));
    Diagnostics diagnostics = new Diagnostics();
    Pass broken =
        (program, d) -> {
          throw new IllegalStateException("invariant broken");
        };
    IrProgram result =
        PassPipeline.run(
            List.of(new ResolveAndTypeCheck(loaded.modules()), broken),
            loaded.modules(),
            diagnostics);
    assertThat(result).isNull();
    assertThat(diagnostics.all()).hasSize(1);
    Diagnostic d = diagnostics.all().get(0);
    assertThat(d.code().code()).isEqualTo("OAS0900");
    assertThat(d.message())
        .startsWith("internal compiler error:")
        .contains("invariant broken")
        .endsWith("this is a bug in Oasis");
  }

  @Test
  void foldsWithTheLanguageArithmetic() {
    assertThat(fold("8w200 + 8w100")).isEqualTo(44);
    assertThat(fold("8w3 - 8w5")).isEqualTo(254);
    assertThat(fold("8w1 << 8w8")).isEqualTo(0);
    assertThat(fold("8w0x80 >> 8w7")).isEqualTo(1);
    assertThat(fold("~8w0")).isEqualTo(255);
    assertThat(fold("-8w1")).isEqualTo(255);
    assertThat(fold("8w0xab ++ 4w0xc")).isEqualTo(0xabc);
    assertThat(fold("16w0xabcd[11:4]")).isEqualTo(0xbc);
    assertThat(fold("(bit<4>) 8w0xff")).isEqualTo(15);
    assertThat(fold("8w255 * 8w2")).isEqualTo(254);
    assertThat(fold("8w200 / 8w8")).isEqualTo(25);
    assertThat(fold("8w200 % 8w8")).isEqualTo(0);
  }

  private static BigInteger fold(String expr) {
    IrProgram p = compile("bit<16> r = (bit<16>) (" + expr + "); forward(r);");
    Stmt.Declare d = (Stmt.Declare) p.control().statements().get(0);
    return ((Expr.Const) d.init()).value();
  }
}
