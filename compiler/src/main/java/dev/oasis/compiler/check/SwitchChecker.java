package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks {@code switch (t.apply()) { a: {...} default: {...} }}: the subject is a table apply, each
 * case names an action of that table (or is default), and no label appears twice.
 */
final class SwitchChecker {
  private final Env env;
  private final ExprChecker ex;
  private final StmtChecker statements;

  SwitchChecker(Env env, ExprChecker ex, StmtChecker statements) {
    this.env = env;
    this.ex = ex;
    this.statements = statements;
  }

  Stmt check(dev.oasis.dsl.ast.Stmt.Switch w) {
    Typed subject = ex.check(w.subject(), null);
    Expr.ApplyTable apply = subject.ir() instanceof Expr.ApplyTable a ? a : null;
    if (!subject.isPoison() && apply == null) {
      env.diags.error(
          SemanticCodes.BAD_SWITCH_SUBJECT, w.subject().span(), w.subject().span().text());
    }
    List<Stmt.Case> cases = new ArrayList<>();
    Map<String, Span> seen = new HashMap<>();
    for (dev.oasis.dsl.ast.Stmt.SwitchCase c : w.cases()) {
      String label = c.label() == null ? "default" : c.label().text();
      Span labelSpan = c.label() == null ? c.span() : c.label().span();
      Stmt.Block block = statements.block(c.body());
      if (seen.containsKey(label)) {
        Diagnostic d = env.diags.error(SemanticCodes.DUPLICATE_SWITCH_CASE, labelSpan, label);
        env.diags.replace(d, d.withNote("the first case '" + label + "' is here", seen.get(label)));
        continue;
      }
      seen.put(label, labelSpan);
      if (apply == null) {
        continue;
      }
      Decls.Action action = null;
      if (c.label() != null) {
        action = apply.table().action(label);
        if (action == null && env.poisoned.contains("actions:" + apply.table().name())) {
          continue;
        }
        if (action == null) {
          env.diags.error(
              SemanticCodes.SWITCH_CASE_NOT_ACTION, labelSpan, label, apply.table().name());
          continue;
        }
      }
      cases.add(new Stmt.Case(action, block, c.span()));
    }
    return apply == null ? null : new Stmt.Switch(apply, cases, w.span());
  }
}
