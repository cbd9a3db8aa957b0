package dev.oasis.dsl.ast;

import dev.oasis.dsl.diag.Span;

/** One component of a keyset in a select case or a constant table entry. */
public sealed interface KeyValue extends Node {

  /** {@code _}: matches anything. */
  record Wildcard(Span span) implements KeyValue {}

  /** {@code default}: matches anything; only as the whole keyset. */
  record Default(Span span) implements KeyValue {}

  /** {@code value &&& mask}. */
  record Mask(Expr value, Expr mask, Span span) implements KeyValue {}

  /** {@code low .. high}, both inclusive. */
  record Range(Expr low, Expr high, Span span) implements KeyValue {}

  /**
   * A plain value. For an lpm key element of a table, a top-level {@code value / length} is the
   * prefix notation (e.g. {@code 10.0.0.0/8}).
   */
  record Value(Expr value, Span span) implements KeyValue {}
}
