package dev.oasis.compiler.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.ir.Type;
import dev.oasis.dsl.diag.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example programs under {@code examples/}, compiled, and programs derived from them. */
final class ExamplePrograms {
  private ExamplePrograms() {}

  static Path examplesDir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples"))) {
        return p.resolve("examples");
      }
    }
    throw new IllegalStateException("no examples directory above " + Path.of("").toAbsolutePath());
  }

  static List<Path> files() {
    try (Stream<Path> s = Files.walk(examplesDir(), 2)) {
      return s.filter(p -> p.toString().endsWith(".oasis")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IrProgram compile(Path file) {
    CompileResult r = new Compiler().compile(file);
    assertThat(r.ok()).as(r.render()).isTrue();
    return r.program();
  }

  /**
   * The same program with a control that forwards every packet unchanged to port 0, and with parse
   * errors handed to the control: its output is exactly what the parser left.
   */
  static IrProgram forwardEverything(IrProgram p) {
    Stmt forward =
        new Stmt.Forward(new Expr.Const(BigInteger.ZERO, Type.bit(16), Span.NONE), Span.NONE);
    Decls.Config c = p.config();
    return new IrProgram(
        p.name(),
        new Decls.Config(c.ports(), c.maxFrame(), false),
        p.headerTypes(),
        p.headers(),
        p.metadata(),
        p.errors(),
        p.counters(),
        p.registers(),
        p.maps(),
        p.actions(),
        p.tables(),
        p.parser(),
        new Stmt.Block(List.of(forward), Span.NONE),
        p.deparser(),
        p.span());
  }
}
