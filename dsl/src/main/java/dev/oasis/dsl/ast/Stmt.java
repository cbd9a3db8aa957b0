package dev.oasis.dsl.ast;

import dev.oasis.dsl.diag.Span;
import java.util.List;

/** Statements of parser states, actions, the control and the deparser. */
public sealed interface Stmt extends Node {

  /** {@code { statements }}. */
  record Block(List<Stmt> statements, Span span) implements Stmt {
    public Block {
      statements = List.copyOf(statements);
    }
  }

  /** {@code if (c) s else t}; {@code otherwise} is null without an else branch. */
  record If(Expr condition, Stmt then, Stmt otherwise, Span span) implements Stmt {}

  /** {@code switch (t.apply()) { action: {...} default: {...} }}. */
  record Switch(Expr subject, List<SwitchCase> cases, Span span) implements Stmt {
    public Switch {
      cases = List.copyOf(cases);
    }
  }

  /** One case of a switch; {@code label} is null for {@code default}. */
  record SwitchCase(Name label, Block body, Span span) implements Node {}

  /** {@code T x = e;}; {@code init} is null when absent (locals start at zero). */
  record Var(TypeRef type, Name name, Expr init, Span span) implements Stmt {}

  /** {@code target = value;}. */
  record Assign(Expr target, Expr value, Span span) implements Stmt {}

  /** {@code emit(h);} in the deparser. */
  record Emit(Expr header, Span span) implements Stmt {}

  /** {@code return;}: ends the action or the control. */
  record Return(Span span) implements Stmt {}

  /** A call used as a statement: {@code forward(1);}, {@code t.apply();}, {@code extract(h);}. */
  record ExprStmt(Expr expr, Span span) implements Stmt {}

  /** A lone {@code ;}. */
  record Empty(Span span) implements Stmt {}
}
