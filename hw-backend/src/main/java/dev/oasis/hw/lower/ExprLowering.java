package dev.oasis.hw.lower;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.dsl.diag.CompilerBugException;
import dev.oasis.hw.hcl.Bits;
import dev.oasis.hw.hcl.UInt;
import java.math.BigInteger;

/**
 * Lowers an IR expression to a combinational {@link Bits} value over the current {@link
 * PacketState}: {@code bit<N>} arithmetic modulo 2^N as the contract defines it (shifts by N or
 * more give 0, division and remainder only by constant powers of two), a {@code bool} as one bit.
 */
final class ExprLowering {
  private final PacketLogic logic;

  /** The parser's byte offset for {@code lookahead}, set while a parser state is lowered. */
  int parserOffset = -1;

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

  /** The next {@code width} bits at the parser's offset; too short is PacketTooShort. */
  private Bits lookahead(int width) {
    if (parserOffset < 0) {
      throw new CompilerBugException("lookahead outside the parser");
    }
    int bytes = (width + 7) / 8;
    ParserLowering.failUnless(logic, parserOffset + bytes, parserOffset);
    return logic.headerSlice(parserOffset * 8, width);
  }
}
