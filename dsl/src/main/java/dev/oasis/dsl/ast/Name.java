package dev.oasis.dsl.ast;

import dev.oasis.dsl.diag.Span;

/** An identifier as written, with its place. */
public record Name(String text, Span span) implements Node {
  @Override
  public String toString() {
    return text;
  }
}
