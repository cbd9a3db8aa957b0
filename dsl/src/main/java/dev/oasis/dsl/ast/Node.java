package dev.oasis.dsl.ast;

import dev.oasis.dsl.diag.Span;

/** Every AST node knows the source text it came from. */
public interface Node {
  Span span();
}
