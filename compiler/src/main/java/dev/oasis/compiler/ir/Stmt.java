package dev.oasis.compiler.ir;

import dev.oasis.dsl.diag.Span;
import java.util.List;

/** Typed, resolved statements of parser states, actions, the control and the deparser. */
public sealed interface Stmt {
  Span span();

  record Block(List<Stmt> statements, Span span) implements Stmt {
    public Block {
      statements = List.copyOf(statements);
    }
  }

  /** {@code otherwise} is an empty block when the source has no else branch. */
  record If(Expr condition, Block then, Block otherwise, Span span) implements Stmt {}

  /** {@code switch (t.apply())}: one case per action at most; {@code action == null} is default. */
  record Switch(Expr.ApplyTable apply, List<Case> cases, Span span) implements Stmt {
    public Switch {
      cases = List.copyOf(cases);
    }
  }

  record Case(Decls.Action action, Block body, Span span) {}

  /** A local variable; {@code init} is a zero constant when the source has none. */
  record Declare(Decls.Local local, Expr init, Span span) implements Stmt {}

  /** {@code target} is a LocalRef, MetaRef, FieldRef or a Slice of one of those. */
  record Assign(Expr target, Expr value, Span span) implements Stmt {}

  /** An expression evaluated for its effect: a table apply, or a map call. */
  record Eval(Expr expr, Span span) implements Stmt {}

  /** {@code extract(h)} of a single header or, for a StackRef, the next free element. */
  record Extract(Expr header, Span span) implements Stmt {}

  /** {@code h.setValid()} ({@code valid}) or {@code h.setInvalid()}. */
  record SetValidity(Expr.HeaderRef header, boolean valid, Span span) implements Stmt {}

  /** {@code emit(h)} in the deparser; a StackRef emits its valid elements. */
  record Emit(Expr header, Span span) implements Stmt {}

  /** {@code a(args)} called directly from the control. */
  record CallAction(Decls.Action action, List<Expr> args, Span span) implements Stmt {
    public CallAction {
      args = List.copyOf(args);
    }
  }

  /** Ends the current action, or the control when executed in the control body. */
  record Return(Span span) implements Stmt {}

  /** {@code c.count(index)}. */
  record Count(Decls.Counter counter, Expr index, Span span) implements Stmt {}

  /** {@code r.write(index, value)}. */
  record RegisterWrite(Decls.Register register, Expr index, Expr value, Span span)
      implements Stmt {}

  /** The forwarding decision; the last one executed wins. */
  sealed interface Decision extends Stmt {}

  record Forward(Expr port, Span span) implements Decision {}

  record Reply(Span span) implements Decision {}

  record Drop(Span span) implements Decision {}

  record Punt(Expr reason, Span span) implements Decision {}

  record Broadcast(Span span) implements Decision {}

  record Multicast(Expr portBitmap, Span span) implements Decision {}

  /** {@code discard_payload()}: the unparsed payload is not emitted. */
  record DiscardPayload(Span span) implements Stmt {}
}
