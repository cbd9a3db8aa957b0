package dev.oasis.compiler.passes;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.dsl.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Removes code that can never run or has no effect: statements after a {@code return} (or after an
 * {@code if} whose both branches return) in the same block, the branch of an {@code if} with a
 * constant condition that is never taken, empty blocks and empty {@code if}s with a pure condition,
 * and locals that are never used whose initial value is pure.
 *
 * <p>Before:
 *
 * <pre>
 * bit&lt;8&gt; unused = 3;
 * if (false) { drop(); } else { forward(1); }
 * return;
 * meta.x = 1;
 * </pre>
 *
 * <p>After:
 *
 * <pre>
 * { forward(1); }
 * return;
 * </pre>
 *
 * <p>Requires: {@link FoldConstants} has run, so that constant conditions are {@code Const} nodes.
 * A taken branch stays a nested block, so that its locals keep their scope.
 */
public final class RemoveDeadCode implements Pass {

  @Override
  public IrProgram run(IrProgram program, Diagnostics diagnostics) {
    Set<Decls.Local> used = usedLocals(program);
    return new IrRewriter() {
      @Override
      protected List<Stmt> statements(List<Stmt> list) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : list) {
          List<Stmt> kept = statement(s);
          out.addAll(kept);
          if (!kept.isEmpty() && alwaysReturns(kept.get(kept.size() - 1))) {
            break;
          }
        }
        return out;
      }

      @Override
      protected List<Stmt> leave(Stmt s) {
        if (s instanceof Stmt.If i) {
          if (i.condition() instanceof Expr.Const c) {
            Stmt.Block taken = c.value().signum() != 0 ? i.then() : i.otherwise();
            return taken.statements().isEmpty() ? List.of() : List.of(taken);
          }
          boolean empty = i.then().statements().isEmpty() && i.otherwise().statements().isEmpty();
          if (empty && Exprs.isPure(i.condition())) {
            return List.of();
          }
        }
        if (s instanceof Stmt.Block b && b.statements().isEmpty()) {
          return List.of();
        }
        if (s instanceof Stmt.Declare d && !used.contains(d.local()) && Exprs.isPure(d.init())) {
          return List.of();
        }
        return List.of(s);
      }
    }.rewrite(program);
  }

  /** True if executing {@code s} always ends in a return. */
  static boolean alwaysReturns(Stmt s) {
    if (s instanceof Stmt.Return) {
      return true;
    }
    if (s instanceof Stmt.Block b) {
      return !b.statements().isEmpty()
          && alwaysReturns(b.statements().get(b.statements().size() - 1));
    }
    if (s instanceof Stmt.If i) {
      return alwaysReturns(i.then()) && alwaysReturns(i.otherwise());
    }
    return false;
  }

  /** Every local that some expression reads or writes. */
  private static Set<Decls.Local> usedLocals(IrProgram program) {
    Set<Decls.Local> used = Collections.newSetFromMap(new IdentityHashMap<>());
    new IrRewriter() {
      @Override
      protected Expr leave(Expr e) {
        if (e instanceof Expr.LocalRef r) {
          used.add(r.local());
        }
        return e;
      }
    }.rewrite(program);
    return used;
  }
}
