package dev.oasis.dsl.ast;

import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.List;

/** Expressions as written. Types, widths and what a name refers to are the compiler's business. */
public sealed interface Expr extends Node {

  /** How an integer literal was written, so that printers can write it the same way. */
  enum Radix {
    DECIMAL,
    HEX,
    BINARY,
    IPV4,
    MAC
  }

  /**
   * An integer literal. {@code width} is set for width-prefixed literals such as {@code 16w0x800}
   * and is null for literals that take their width from the context.
   */
  record IntLit(BigInteger value, Integer width, Radix radix, Span span) implements Expr {}

  /** A string literal, unescaped; used for file imports and byte-string table keys. */
  record StringLit(String value, Span span) implements Expr {}

  /** {@code true} or {@code false}. */
  record BoolLit(boolean value, Span span) implements Expr {}

  /** {@code lookahead<T>()}: the next bits of the packet, without consuming them. */
  record Lookahead(TypeRef type, Span span) implements Expr {}

  /** {@code error.Name}: a parse-error code. */
  record ErrorLit(Name name, Span span) implements Expr {}

  /** A plain identifier: a local, constant, header instance, table, extern, action, ... */
  record NameRef(Name name) implements Expr {
    @Override
    public Span span() {
      return name.span();
    }
  }

  /** {@code target.member}: a field, an enum member, or a method before a call. */
  record Member(Expr target, Name member, Span span) implements Expr {}

  /** {@code target[index]}: an element of a header stack or of a bit string. */
  record Index(Expr target, Expr index, Span span) implements Expr {}

  /** {@code target[hi:lo]}: bits hi down to lo, both inclusive and constant. */
  record Slice(Expr target, Expr hi, Expr lo, Span span) implements Expr {}

  /** {@code callee(args)}: a built-in, an action, or a method such as {@code t.apply()}. */
  record Call(Expr callee, List<Expr> args, Span span) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** {@code (T) e}: truncation or zero extension. */
  record Cast(TypeRef type, Expr operand, Span span) implements Expr {}

  /** Unary operators. */
  enum UnaryOp {
    NOT("!"),
    COMPLEMENT("~"),
    NEGATE("-");

    public final String symbol;

    UnaryOp(String symbol) {
      this.symbol = symbol;
    }
  }

  /** {@code op operand}. */
  record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}

  /** Binary operators, with their source symbols. */
  enum BinaryOp {
    MUL("*"),
    DIV("/"),
    MOD("%"),
    ADD("+"),
    SUB("-"),
    CONCAT("++"),
    SHL("<<"),
    SHR(">>"),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    EQ("=="),
    NE("!="),
    BIT_AND("&"),
    BIT_XOR("^"),
    BIT_OR("|"),
    AND("&&"),
    OR("||");

    public final String symbol;

    BinaryOp(String symbol) {
      this.symbol = symbol;
    }
  }

  /** {@code left op right}. */
  record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {}

  /** {@code cond ? then : otherwise}. */
  record Conditional(Expr condition, Expr then, Expr otherwise, Span span) implements Expr {}
}
