package dev.oasis.hw.hcl;

import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.List;

/**
 * The logic of a component as a tree of statements with the semantics of SpinalHDL (and of an
 * {@code always @*} block with blocking assignments): within a scope, a later assignment to the
 * same signal overrides an earlier one; reading a wire gives its final value.
 *
 * <p>The lists inside a statement grow while the component is built and are not changed after.
 */
public sealed interface Statement {

  /** Where in the Oasis program the statement comes from, or null. */
  Span origin();

  /** {@code target = value}; for a register, the next value. */
  record Assign(Signal target, Expr value, Span origin) implements Statement {}

  /** {@code if / else if / else}. */
  record If(List<Branch> branches, List<Statement> otherwise, Span origin) implements Statement {}

  /** One condition and its statements. */
  record Branch(Expr condition, List<Statement> body) {}

  /** {@code case (selector)}: the first case whose value equals the selector runs. */
  record Switch(Expr selector, List<Case> cases, List<Statement> otherwise, Span origin)
      implements Statement {}

  /** The statements run when the selector equals {@code value}. */
  record Case(BigInteger value, List<Statement> body) {}
}
