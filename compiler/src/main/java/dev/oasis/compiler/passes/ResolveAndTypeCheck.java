package dev.oasis.compiler.passes;

import dev.oasis.compiler.check.ProgramChecker;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.dsl.ast.Program;
import dev.oasis.dsl.diag.Diagnostics;
import java.util.List;

/**
 * Builds the typed IR from the AST of the main file and its imported modules: resolves every name,
 * types every expression, sizes literals from their context, evaluates constants, and checks what
 * each block may contain.
 *
 * <p>Before (source, with {@code import std.ethernet;}):
 *
 * <pre>
 * const bit&lt;16&gt; LIMIT = 0x600;
 * control { if (eth.ethertype &gt;= LIMIT + 2) { forward(1); } }
 * </pre>
 *
 * <p>After (IR, printed): constants are replaced by their values, literals carry the width of their
 * context, and nothing is folded yet:
 *
 * <pre>
 * control { if (eth.ethertype &gt;= 16w0x600 + 16w2) { forward(1); } }
 * </pre>
 *
 * <p>Requires: the modules come from the front end without syntax errors, in dependency order with
 * the main file last. After errors it still returns a partial program (parts with errors left out)
 * for checks that run after errors.
 */
public final class ResolveAndTypeCheck implements Pass {
  private final List<Program> modules;

  public ResolveAndTypeCheck(List<Program> modules) {
    this.modules = List.copyOf(modules);
  }

  @Override
  public IrProgram run(IrProgram ignored, Diagnostics diagnostics) {
    return ProgramChecker.check(modules, diagnostics);
  }
}
