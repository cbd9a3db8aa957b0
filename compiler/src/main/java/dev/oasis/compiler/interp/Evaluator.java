package dev.oasis.compiler.interp;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Type;
import dev.oasis.compiler.state.BitValues;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.compiler.state.MapState;
import dev.oasis.dsl.diag.CompilerBugException;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Evaluates IR expressions for one packet. A {@code bit<N>} or bool value is a {@link BigInteger}
 * (bool as 0 or 1), a byte string a {@code byte[]}. Arithmetic is modulo 2^N; shifts by N or more
 * give 0; fields of invalid headers read as zero; {@code &&}, {@code ||} and {@code ?:} evaluate
 * only what they need.
 */
final class Evaluator {
  private static final int LENGTH_WIDTH = 32;

  private final DataplaneState state;
  private final PacketContext ctx;
  private final Executor executor;

  /**
   * True while a variable field's length is evaluated: arithmetic is then done in {@code bit<32>}
   * (operands zero-extended), whatever the widths of the fields it reads.
   */
  private boolean lengthMode;

  Evaluator(DataplaneState state, PacketContext ctx, Executor executor) {
    this.state = state;
    this.ctx = ctx;
    this.executor = executor;
  }

  /** A bit or bool value. */
  BigInteger num(Expr e) {
    Object v = eval(e);
    if (v instanceof BigInteger b) {
      return b;
    }
    throw new CompilerBugException("expression of type " + e.type() + " is not a number");
  }

  boolean bool(Expr e) {
    return num(e).signum() != 0;
  }

  /** A byte-string value. */
  byte[] bytes(Expr e) {
    Object v = eval(e);
    if (v instanceof byte[] b) {
      return b;
    }
    throw new CompilerBugException("expression of type " + e.type() + " is not a byte string");
  }

  /** The length in bytes of a variable field, from the header being extracted. */
  BigInteger length(Expr lengthExpr) {
    lengthMode = true;
    try {
      return num(lengthExpr);
    } finally {
      lengthMode = false;
    }
  }

  Object eval(Expr e) {
    if (e instanceof Expr.Const c) {
      return c.value();
    } else if (e instanceof Expr.BytesConst b) {
      return b.value();
    } else if (e instanceof Expr.LocalRef l) {
      return ctx.locals.getOrDefault(l.local().id(), PacketContext.zero(l.type()));
    } else if (e instanceof Expr.ParamRef p) {
      return ctx.params.get(p.param().index());
    } else if (e instanceof Expr.MetaRef m) {
      return ctx.meta.get(m.field().name());
    } else if (e instanceof Expr.IntrinsicRef i) {
      return intrinsic(i.intrinsic());
    } else if (e instanceof Expr.FieldRef f) {
      return field(f);
    } else if (e instanceof Expr.IsValid v) {
      HeaderValue h = ctx.resolve(v.header());
      return truth(h != null && h.valid);
    } else if (e instanceof Expr.Unary u) {
      return unary(u);
    } else if (e instanceof Expr.Binary b) {
      return binary(b);
    } else if (e instanceof Expr.Slice s) {
      return num(s.operand()).shiftRight(s.lo()).and(BitValues.mask(s.hi() - s.lo() + 1));
    } else if (e instanceof Expr.Cast c) {
      BigInteger v = num(c.operand());
      return c.type() instanceof Type.Bool ? truth(v.signum() != 0) : truncate(v, c.type());
    } else if (e instanceof Expr.Conditional c) {
      return bool(c.condition()) ? eval(c.then()) : eval(c.otherwise());
    } else if (e instanceof Expr.Lookahead l) {
      return lookahead(l.width());
    } else if (e instanceof Expr.Payload) {
      return ctx.payload();
    } else if (e instanceof Expr.BuiltinCall c) {
      return builtin(c);
    } else if (e instanceof Expr.ApplyTable a) {
      return executor.apply(a.table());
    } else if (e instanceof Expr.HitOrMiss h) {
      boolean hit = executor.apply(h.apply().table()).hit();
      return truth(h.miss() != hit);
    } else if (e instanceof Expr.RegisterRead r) {
      return state.register(r.register().name()).read(num(r.index()));
    } else if (e instanceof Expr.MapCall m) {
      return mapCall(m);
    }
    throw new CompilerBugException(
        "the interpreter cannot evaluate " + e.getClass().getSimpleName());
  }

  private Object intrinsic(Expr.Intrinsic i) {
    return switch (i) {
      case INGRESS_PORT -> BigInteger.valueOf(ctx.ingressPort);
      case LENGTH -> BigInteger.valueOf(ctx.frame.length & 0xffff);
      case TIMESTAMP -> new BigInteger(Long.toUnsignedString(ctx.timestamp));
      case PARSE_ERROR -> BigInteger.valueOf(ctx.parseError);
    };
  }

  private Object field(Expr.FieldRef f) {
    HeaderValue h = f.header() == null ? ctx.extracting : ctx.resolve(f.header());
    if (h == null) {
      return PacketContext.zero(f.type());
    }
    if (h != ctx.extracting && !h.valid) {
      return PacketContext.zero(f.type());
    }
    return h.get(f.field());
  }

  private Object unary(Expr.Unary u) {
    BigInteger v = num(u.operand());
    return switch (u.op()) {
      case NOT -> truth(v.signum() == 0);
      case COMPLEMENT ->
          v.xor(BitValues.mask(width(u.type()))).and(BitValues.mask(width(u.type())));
      case NEGATE -> v.negate().and(BitValues.mask(width(u.type())));
    };
  }

  private Object binary(Expr.Binary b) {
    switch (b.op()) {
      case AND:
        return truth(bool(b.left()) && bool(b.right()));
      case OR:
        return truth(bool(b.left()) || bool(b.right()));
      case EQ:
        return truth(same(eval(b.left()), eval(b.right())));
      case NE:
        return truth(!same(eval(b.left()), eval(b.right())));
      default:
        break;
    }
    BigInteger l = num(b.left());
    BigInteger r = num(b.right());
    int w = width(b.type());
    BigInteger mask = BitValues.mask(w);
    return switch (b.op()) {
      case ADD -> l.add(r).and(mask);
      case SUB -> l.subtract(r).and(mask);
      case MUL -> l.multiply(r).and(mask);
      case DIV -> r.signum() == 0 ? BigInteger.ZERO : l.divide(r).and(mask);
      case MOD -> r.signum() == 0 ? BigInteger.ZERO : l.mod(r).and(mask);
      case SHL ->
          r.compareTo(BigInteger.valueOf(w)) >= 0
              ? BigInteger.ZERO
              : l.shiftLeft(r.intValue()).and(mask);
      case SHR ->
          r.compareTo(BigInteger.valueOf(w)) >= 0
              ? BigInteger.ZERO
              : l.and(mask).shiftRight(r.intValue());
      case BIT_AND -> l.and(r);
      case BIT_OR -> l.or(r);
      case BIT_XOR -> l.xor(r);
      case CONCAT -> l.shiftLeft(b.right().type().width()).or(r);
      case LT -> truth(l.compareTo(r) < 0);
      case LE -> truth(l.compareTo(r) <= 0);
      case GT -> truth(l.compareTo(r) > 0);
      case GE -> truth(l.compareTo(r) >= 0);
      default -> throw new CompilerBugException("unhandled operator " + b.op());
    };
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    return a.equals(b);
  }

  /** The width arithmetic is done in: the type's, or 32 bits inside a length expression. */
  private int width(Type t) {
    return lengthMode ? Math.max(LENGTH_WIDTH, t.width()) : t.width();
  }

  private BigInteger truncate(BigInteger v, Type t) {
    return v.and(BitValues.mask(t.width()));
  }

  private BigInteger lookahead(int bits) {
    long start = (long) ctx.position * 8;
    if (start + bits > (long) ctx.frame.length * 8) {
      throw new ParseErrors.Signal(ParseErrors.PACKET_TOO_SHORT);
    }
    return Bits.read(ctx.frame, start, bits);
  }

  private Object builtin(Expr.BuiltinCall c) {
    return switch (c.builtin()) {
      case CSUM16 -> {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (Expr a : c.args()) {
          data.writeBytes(argumentBytes(a));
        }
        yield BigInteger.valueOf(Checksums.csum16(data.toByteArray()));
      }
      case CSUM16_UPDATE -> {
        int hc = num(c.args().get(0)).intValue();
        Expr old = c.args().get(1);
        Expr neu = c.args().get(2);
        int bytes = old.type().width() / 8;
        yield BigInteger.valueOf(
            Checksums.csum16Update(
                hc, BitValues.toBytes(num(old), bytes), BitValues.toBytes(num(neu), bytes)));
      }
      case SIZEOF -> BigInteger.valueOf(sizeOf(c.args().get(0)) & 0xffff);
      case LOWER -> {
        byte[] b = bytes(c.args().get(0)).clone();
        for (int i = 0; i < b.length; i++) {
          if (b[i] >= 'A' && b[i] <= 'Z') {
            b[i] = (byte) (b[i] + ('a' - 'A'));
          }
        }
        yield b;
      }
    };
  }

  /** The bytes an argument of csum16 contributes. */
  private byte[] argumentBytes(Expr a) {
    if (a instanceof Expr.HeaderRef h) {
      HeaderValue v = ctx.resolve(h);
      return v != null && v.valid ? v.bytes() : new byte[0];
    }
    if (a instanceof Expr.StackRef s) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (HeaderValue v : ctx.elements(s.instance())) {
        if (v.valid) {
          out.writeBytes(v.bytes());
        }
      }
      return out.toByteArray();
    }
    if (a.type() instanceof Type.Bytes) {
      return bytes(a);
    }
    return BitValues.toBytes(num(a), a.type().width() / 8);
  }

  private int sizeOf(Expr a) {
    if (a instanceof Expr.HeaderRef h) {
      HeaderValue v = ctx.resolve(h);
      return v != null && v.valid ? v.byteLength() : 0;
    }
    if (a instanceof Expr.StackRef s) {
      int n = 0;
      for (HeaderValue v : ctx.elements(s.instance())) {
        n += v.valid ? v.byteLength() : 0;
      }
      return n;
    }
    return bytes(a).length;
  }

  private Object mapCall(Expr.MapCall m) {
    MapState map = state.map(m.map().name());
    BigInteger key = num(m.key());
    return switch (m.op()) {
      case GET -> map.get(key, ctx.timestamp);
      case CONTAINS -> truth(map.contains(key, ctx.timestamp));
      case PUT -> truth(map.put(key, num(m.value()), ctx.timestamp));
      case REMOVE -> truth(map.remove(key, ctx.timestamp));
    };
  }

  private static BigInteger truth(boolean b) {
    return b ? BigInteger.ONE : BigInteger.ZERO;
  }
}
