package dev.oasis.compiler.ir;

import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.List;

/**
 * Typed, resolved expressions. Every node knows its {@link Type} and its source span. Literals are
 * sized; named constants and enum members are already replaced by {@link Const}.
 */
public sealed interface Expr {
  Type type();

  Span span();

  /** A constant {@code bit<N>} or {@code bool} (0 or 1) value; {@code value} fits the type. */
  record Const(BigInteger value, Type type, Span span) implements Expr {}

  /** A constant byte string (a string literal compared with or keyed like a bytes field). */
  record BytesConst(byte[] value, Span span) implements Expr {
    @Override
    public Type type() {
      return new Type.Bytes(value.length);
    }
  }

  record LocalRef(Decls.Local local, Span span) implements Expr {
    @Override
    public Type type() {
      return local.type();
    }
  }

  record ParamRef(Decls.Param param, Span span) implements Expr {
    @Override
    public Type type() {
      return param.type();
    }
  }

  record MetaRef(Decls.MetaField field, Span span) implements Expr {
    @Override
    public Type type() {
      return field.type();
    }
  }

  /** Read-only per-packet values of the {@code packet} object. */
  enum Intrinsic {
    INGRESS_PORT("ingress_port", 16),
    LENGTH("length", 16),
    TIMESTAMP("timestamp", 64),
    PARSE_ERROR("parse_error", 8);

    public final String sourceName;
    public final int width;

    Intrinsic(String sourceName, int width) {
      this.sourceName = sourceName;
      this.width = width;
    }
  }

  record IntrinsicRef(Intrinsic intrinsic, Span span) implements Expr {
    @Override
    public Type type() {
      return Type.bit(intrinsic.width);
    }
  }

  /**
   * A header: a single instance ({@code index == NONE}), a constant element of a stack ({@code
   * index >= 0}), or the last valid element of a stack ({@code index == LAST}).
   */
  record HeaderRef(Decls.HeaderInstance instance, int index, Span span) implements Expr {
    public static final int NONE = -1;
    public static final int LAST = -2;

    @Override
    public Type type() {
      return new Type.Header(instance.type());
    }
  }

  /** A whole header stack (for extract, emit, csum16, sizeof). */
  record StackRef(Decls.HeaderInstance instance, Span span) implements Expr {
    @Override
    public Type type() {
      return new Type.Stack(instance.type(), instance.stackSize());
    }
  }

  /**
   * A field of a header. Inside a variable field's length expression, {@code header} is null and
   * the field is one of the same header's earlier fields.
   */
  record FieldRef(HeaderRef header, HeaderType.Field field, Span span) implements Expr {
    @Override
    public Type type() {
      return field.type();
    }
  }

  /** {@code h.isValid()}. */
  record IsValid(HeaderRef header, Span span) implements Expr {
    @Override
    public Type type() {
      return Type.BOOL;
    }
  }

  /** Unary operators: logical not (bool), bitwise complement and negation (bit). */
  enum UnaryOp {
    NOT,
    COMPLEMENT,
    NEGATE
  }

  record Unary(UnaryOp op, Expr operand, Type type, Span span) implements Expr {}

  /**
   * Binary operators. Arithmetic and bitwise operators take two operands of the same {@code bit<N>}
   * type and give it (shifts: any right operand width); comparisons give bool; AND and OR are
   * short-circuit on bools; CONCAT gives {@code bit<A+B>}.
   */
  enum BinaryOp {
    ADD,
    SUB,
    MUL,
    DIV,
    MOD,
    SHL,
    SHR,
    BIT_AND,
    BIT_OR,
    BIT_XOR,
    CONCAT,
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE,
    AND,
    OR
  }

  record Binary(BinaryOp op, Expr left, Expr right, Type type, Span span) implements Expr {}

  /** Bits {@code hi} down to {@code lo} of {@code operand}. */
  record Slice(Expr operand, int hi, int lo, Span span) implements Expr {
    @Override
    public Type type() {
      return Type.bit(hi - lo + 1);
    }
  }

  /** Truncation or zero extension to {@code type}. */
  record Cast(Expr operand, Type type, Span span) implements Expr {}

  record Conditional(Expr condition, Expr then, Expr otherwise, Span span) implements Expr {
    @Override
    public Type type() {
      return then.type();
    }
  }

  /** The next {@code width} bits of the packet at the parser's position, not consumed. */
  record Lookahead(int width, Span span) implements Expr {
    @Override
    public Type type() {
      return Type.bit(width);
    }
  }

  /** The unparsed payload, as an argument of {@code csum16}. */
  record Payload(Span span) implements Expr {
    @Override
    public Type type() {
      return new Type.Bytes(65535);
    }
  }

  /** Built-in functions with a value. */
  enum Builtin {
    /** RFC 1071 checksum over the arguments' bytes: bit<16>. */
    CSUM16,
    /** RFC 1624 incremental update (hc, old, new): bit<16>. */
    CSUM16_UPDATE,
    /** Current byte length of a header, stack or bytes field: bit<16>. */
    SIZEOF,
    /** ASCII lowercase of a bytes value. */
    LOWER
  }

  record BuiltinCall(Builtin builtin, List<Expr> args, Type type, Span span) implements Expr {
    public BuiltinCall {
      args = List.copyOf(args);
    }
  }

  /** {@code t.apply()}: looks the table up and runs the chosen action. */
  record ApplyTable(Table table, Span span) implements Expr {
    @Override
    public Type type() {
      return new Type.ApplyResult(table);
    }
  }

  /** {@code t.apply().hit} ({@code miss == false}) or {@code .miss} ({@code miss == true}). */
  record HitOrMiss(ApplyTable apply, boolean miss, Span span) implements Expr {
    @Override
    public Type type() {
      return Type.BOOL;
    }
  }

  /** {@code r.read(index)}: 0 when the index is out of range. */
  record RegisterRead(Decls.Register register, Expr index, Span span) implements Expr {
    @Override
    public Type type() {
      return Type.bit(register.width());
    }
  }

  /** Map operations with a value; see {@link Decls.MapDecl}. */
  enum MapOp {
    /** value of a live key, or 0; refreshes its age. */
    GET,
    /** whether a live key exists; does not refresh. */
    CONTAINS,
    /** insert or update; false when the set is full. */
    PUT,
    /** remove a live key; false when there was none. */
    REMOVE
  }

  /** {@code m.get(k)}, {@code m.contains(k)}, {@code m.put(k, v)}, {@code m.remove(k)}. */
  record MapCall(Decls.MapDecl map, MapOp op, Expr key, Expr value, Span span) implements Expr {
    @Override
    public Type type() {
      return op == MapOp.GET ? Type.bit(map.valueWidth()) : Type.BOOL;
    }
  }
}
