package dev.oasis.dsl.ast;

import dev.oasis.dsl.diag.Span;

/** A type as written in the source: {@code bit<N>}, {@code bool}, or a declared type's name. */
public sealed interface TypeRef extends Node {

  /** {@code bit<width>}; the width is a constant expression checked by the compiler. */
  record Bit(Expr width, Span span) implements TypeRef {
    /** The widest {@code bit<N>} the language allows (docs/language.md, section 4). */
    public static final int MAX_WIDTH = 2048;
  }

  /** {@code bool}. */
  record Bool(Span span) implements TypeRef {}

  /** A typedef, header, struct or enum name. */
  record Named(Name name) implements TypeRef {
    @Override
    public Span span() {
      return name.span();
    }
  }
}
