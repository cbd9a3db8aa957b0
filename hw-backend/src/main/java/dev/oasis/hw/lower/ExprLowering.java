package dev.oasis.hw.lower;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.dsl.diag.CompilerBugException;
import dev.oasis.hw.hcl.Bits;
import dev.oasis.hw.hcl.UInt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers an IR expression to a combinational {@link Bits} value over the current {@link
 * PacketState}: {@code bit<N>} arithmetic modulo 2^N as the contract defines it (shifts by N or
 * more give 0, division and remainder only by constant powers of two), a {@code bool} as one bit.
 */
final class ExprLowering {
  private final PacketLogic logic;

  /** The parser's byte offset for {@code lookahead}, set while a parser state is lowered. */
  int parserOffset = -1;

  /** The hit bits of the table applies of the if condition being lowered. */
  final java.util.Map<Expr.HitOrMiss, Bits> applied = new java.util.IdentityHashMap<>();

  ExprLowering(PacketLogic logic) {
    this.logic = logic;
  }

  Bits lower(Expr e) {
    if (e instanceof Expr.Const c) {
      return Nets.constant(c.value(), c.type().width());
    } else if (e instanceof Expr.LocalRef l) {
      return logic.state.locals.getOrDefault(l.local().id(), Nets.zero(l.type().width()));
    } else if (e instanceof Expr.ParamRef p) {
      Bits v = logic.params.get(p.param());
      if (v == null) {
        throw new CompilerBugException(
            "parameter '" + p.param().name() + "' read outside its action");
      }
      return v;
    } else if (e instanceof Expr.MetaRef m) {
      return logic.state.meta.get(m.field().name());
    } else if (e instanceof Expr.IntrinsicRef i) {
      return switch (i.intrinsic()) {
        case INGRESS_PORT -> logic.inputs.ingressPort();
        case LENGTH -> logic.inputs.length();
        case TIMESTAMP -> logic.inputs.timestamp();
        case PARSE_ERROR -> logic.state.parseError;
      };
    } else if (e instanceof Expr.FieldRef f) {
      return logic.field(f.header().instance(), f.field());
    } else if (e instanceof Expr.IsValid v) {
      return logic.state.valid.get(v.header().instance());
    } else if (e instanceof Expr.Unary u) {
      Bits x = lower(u.operand());
      return switch (u.op()) {
        case NOT, COMPLEMENT -> x.not();
        case NEGATE -> Nets.zero(x.width().value()).asUInt().sub(x.asUInt()).asBits();
      };
    } else if (e instanceof Expr.Binary b) {
      return binary(b);
    } else if (e instanceof Expr.Slice s) {
      return lower(s.operand()).slice(s.hi(), s.lo());
    } else if (e instanceof Expr.Cast c) {
      return lower(c.operand()).resize(c.type().width());
    } else if (e instanceof Expr.Conditional c) {
      return Nets.mux(lower(c.condition()), lower(c.then()), lower(c.otherwise()));
    } else if (e instanceof Expr.Lookahead l) {
      return lookahead(l.width());
    } else if (e instanceof Expr.BuiltinCall c && c.builtin() == Expr.Builtin.SIZEOF) {
      Expr.HeaderRef h = (Expr.HeaderRef) c.args().get(0);
      int bytes = h.instance().type().fixedBits() / 8;
      return Nets.mux(logic.state.valid.get(h.instance()), Nets.constant(bytes, 16), Nets.zero(16));
    }
    if (e instanceof Expr.HitOrMiss hm && applied.containsKey(hm)) {
      return applied.get(hm);
    }
    if (e instanceof Expr.RegisterRead r) {
      // 0 when the index is out of range
      Bits index = lower(r.index());
      Bits[] cells = logic.state.registers.get(r.register());
      int iw = index.width().value();
      Bits value = Nets.zero(r.register().width());
      for (int i = cells.length - 1; i >= 0; i--) {
        if (iw < 31 && i >= (1 << iw)) {
          continue;
        }
        value = Nets.mux(index.eq(Nets.constant(i, iw)).asBits(), cells[i], value);
      }
      return value;
    }
    if (e instanceof Expr.BuiltinCall c && c.builtin() == Expr.Builtin.CSUM16) {
      return csum16(c);
    }
    if (e instanceof Expr.BuiltinCall c && c.builtin() == Expr.Builtin.CSUM16_UPDATE) {
      return csum16Update(c);
    }
    throw new CompilerBugException(
        "the hardware lowering cannot lower "
            + e.getClass().getSimpleName()
            + " ("
            + e.span()
            + ")");
  }

  private Bits binary(Expr.Binary b) {
    Bits l = lower(b.left());
    int w = b.left().type().width();
    if (b.op() == Expr.BinaryOp.SHL || b.op() == Expr.BinaryOp.SHR) {
      boolean left = b.op() == Expr.BinaryOp.SHL;
      if (b.right() instanceof Expr.Const c) {
        if (c.value().compareTo(BigInteger.valueOf(w)) >= 0) {
          return Nets.zero(w);
        }
        return left ? l.shl(c.value().intValue()) : l.shr(c.value().intValue());
      }
      UInt amount = lower(b.right()).asUInt();
      return left ? l.shl(amount) : l.shr(amount);
    }
    if (b.op() == Expr.BinaryOp.DIV || b.op() == Expr.BinaryOp.MOD) {
      int k = ((Expr.Const) b.right()).value().getLowestSetBit();
      if (b.op() == Expr.BinaryOp.DIV) {
        return k >= w ? Nets.zero(w) : l.shr(k);
      }
      return l.and(Nets.constant(BigInteger.ONE.shiftLeft(k).subtract(BigInteger.ONE), w));
    }
    Bits r = lower(b.right());
    return switch (b.op()) {
      case ADD -> l.asUInt().add(r.asUInt()).asBits();
      case SUB -> l.asUInt().sub(r.asUInt()).asBits();
      case BIT_AND, AND -> l.and(r);
      case BIT_OR, OR -> l.or(r);
      case BIT_XOR -> l.xor(r);
      case CONCAT -> Bits.cat(l, r);
      case EQ -> l.eq(r).asBits();
      case NE -> l.ne(r).asBits();
      case LT -> l.asUInt().lt(r.asUInt()).asBits();
      case LE -> l.asUInt().le(r.asUInt()).asBits();
      case GT -> l.asUInt().gt(r.asUInt()).asBits();
      case GE -> l.asUInt().ge(r.asUInt()).asBits();
      default -> throw new CompilerBugException("operator " + b.op() + " is not lowered");
    };
  }

  /**
   * RFC 1071 over the arguments' bytes: a header gives its current bytes (nothing if invalid, which
   * adds zero words, the same sum, because only the last argument may have an odd length), a value
   * its big-endian bytes; an odd total is padded with a zero byte.
   */
  private Bits csum16(Expr.BuiltinCall c) {
    List<Bits> words = new ArrayList<>();
    for (Expr a : c.args()) {
      Bits bits;
      if (a instanceof Expr.HeaderRef h) {
        int w = h.instance().type().fixedBits();
        bits =
            Nets.mux(
                logic.state.valid.get(h.instance()),
                logic.state.headerBits(h.instance()),
                Nets.zero(w));
      } else {
        bits = lower(a);
      }
      if (bits.width().value() % 16 != 0) {
        bits = Bits.cat(bits, Nets.zero(8));
      }
      words.addAll(words(logic.nets.net("csum_data", bits)));
    }
    return fold(sum(words)).not();
  }

  /** RFC 1624 equation 3: {@code ~(~hc + ~m + m')} over 16-bit words. */
  private Bits csum16Update(Expr.BuiltinCall c) {
    Bits hc = lower(c.args().get(0));
    List<Bits> old = words(logic.nets.net("csum_old", lower(c.args().get(1))));
    List<Bits> neu = words(logic.nets.net("csum_new", lower(c.args().get(2))));
    List<Bits> all = new ArrayList<>();
    all.add(hc.not());
    old.forEach(m -> all.add(m.not()));
    all.addAll(neu);
    return fold(sum(all)).not();
  }

  private static List<Bits> words(Bits bits) {
    List<Bits> out = new ArrayList<>();
    int w = bits.width().value();
    for (int top = w - 1; top > 0; top -= 16) {
      out.add(bits.slice(top, top - 15));
    }
    return out;
  }

  private Bits sum(List<Bits> a) {
    Bits s = Nets.zero(32);
    for (Bits w : a) {
      s = s.asUInt().add(w.resize(32).asUInt()).asBits();
    }
    return logic.nets.net("csum_sum", s);
  }

  /** The 32-bit sum folded twice with end-around carry: 16 bits. */
  private Bits fold(Bits s) {
    Bits once =
        logic.nets.net(
            "csum_fold",
            s.slice(15, 0).resize(32).asUInt().add(s.slice(31, 16).resize(32).asUInt()).asBits());
    return once.slice(15, 0).asUInt().add(once.slice(31, 16).asUInt()).asBits();
  }

  /** The next {@code width} bits at the parser's offset; too short is PacketTooShort. */
  private Bits lookahead(int width) {
    if (parserOffset < 0) {
      throw new CompilerBugException("lookahead outside the parser");
    }
    int bytes = (width + 7) / 8;
    ParserLowering.failUnless(logic, parserOffset + bytes, parserOffset, null);
    return logic.headerSlice(parserOffset * 8, width);
  }
}
