package dev.oasis.compiler.passes;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.dsl.diag.Diagnostics;

/**
 * Folds constant subexpressions with the language's arithmetic and removes neutral operations, in
 * every expression of the program (action bodies, table keys, select subjects, the control).
 *
 * <p>Before:
 *
 * <pre>
 * meta.x = (16w0x600 + 2) &amp; 0xffff;
 * if (meta.flag &amp;&amp; true) { meta.y = meta.y * 1 + 0; }
 * </pre>
 *
 * <p>After:
 *
 * <pre>
 * meta.x = 0x602;
 * if (meta.flag) { meta.y = meta.y; }
 * </pre>
 *
 * <p>Requires: a type-correct program (every operand has the type its operator needs). Operands
 * with an effect (table applies, map operations) are never dropped. See {@link ExprFolder} for the
 * rules.
 */
public final class FoldConstants implements Pass {

  @Override
  public IrProgram run(IrProgram program, Diagnostics diagnostics) {
    return new IrRewriter() {
      @Override
      protected Expr leave(Expr e) {
        return ExprFolder.simplify(e);
      }
    }.rewrite(program);
  }
}
