package dev.oasis.compiler.ir;

/**
 * Types of IR expressions. Typedefs and enums are gone by the time the IR exists: a typedef is its
 * target, an enum is its underlying {@code bit<N>}, an error code is {@code bit<8>}.
 */
public sealed interface Type {

  /** {@code bit<width>}, unsigned, arithmetic modulo 2^width. */
  record Bit(int width) implements Type {
    public Bit {
      if (width < 1) {
        throw new IllegalArgumentException("bit width " + width + " is not positive");
      }
    }

    @Override
    public String toString() {
      return "bit<" + width + ">";
    }
  }

  /** {@code bool}. */
  record Bool() implements Type {
    @Override
    public String toString() {
      return "bool";
    }
  }

  /** A byte string of at most {@code maxBytes} bytes: a variable-length header field. */
  record Bytes(int maxBytes) implements Type {
    @Override
    public String toString() {
      return "bytes<" + maxBytes + ">";
    }
  }

  /** A header instance or one element of a header stack. */
  record Header(HeaderType header) implements Type {
    @Override
    public String toString() {
      return header.name();
    }
  }

  /** A whole header stack. */
  record Stack(HeaderType header, int size) implements Type {
    @Override
    public String toString() {
      return header.name() + "[" + size + "]";
    }
  }

  /**
   * The result of {@code t.apply()}: has {@code .hit} and {@code .miss}, and can be switched on.
   */
  record ApplyResult(Table table) implements Type {
    @Override
    public String toString() {
      return "apply result of " + table.name();
    }
  }

  /** Statements and calls with no value. */
  record Void() implements Type {
    @Override
    public String toString() {
      return "void";
    }
  }

  Bool BOOL = new Bool();
  Void VOID = new Void();

  static Bit bit(int width) {
    return new Bit(width);
  }

  /** The width in bits of a {@code bit<N>} type, or a compiler bug for any other type. */
  default int width() {
    if (this instanceof Bit b) {
      return b.width();
    }
    if (this instanceof Bool) {
      return 1;
    }
    throw new dev.oasis.dsl.diag.CompilerBugException("type " + this + " has no bit width");
  }
}
