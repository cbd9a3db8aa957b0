package dev.oasis.hw.verilog;

import dev.oasis.hw.hcl.Expr;
import dev.oasis.hw.hcl.HwType;
import dev.oasis.hw.hcl.Width;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints expressions as Verilog-2005. An operand gets parentheses unless it is a primary (a name, a
 * constant, a slice or a concatenation), a unary operator on a primary, or a link of the same
 * associative chain, so that {@code a && b && c} reads plainly and {@code (a == b) && c} does not
 * make the reader recall the precedence table.
 */
final class ExprPrinter {

  private ExprPrinter() {}

  /** The Verilog text of {@code e}. */
  static String print(Expr e) {
    if (e instanceof Expr.Ref r) {
      return name(r);
    } else if (e instanceof Expr.Literal l) {
      return literal(l.value(), l.kind(), l.width());
    } else if (e instanceof Expr.Unary u) {
      return unarySymbol(u) + operand(u.operand());
    } else if (e instanceof Expr.Binary b) {
      return binary(b);
    } else if (e instanceof Expr.Shift s) {
      return operand(s.operand()) + (s.left() ? " << " : " >> ") + s.amount();
    } else if (e instanceof Expr.Mux m) {
      return operand(m.condition())
          + " ? "
          + operand(m.whenTrue())
          + " : "
          + operand(m.whenFalse());
    } else if (e instanceof Expr.Slice s) {
      return slice(s);
    } else if (e instanceof Expr.Concat c && c.parts().size() == 1) {
      return print(c.parts().get(0));
    } else if (e instanceof Expr.Concat c) {
      List<String> parts = new ArrayList<>();
      for (Expr p : c.parts()) {
        // inside a concatenation a complemented bit reads as a bit operation
        boolean bitNot = p instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT;
        parts.add(bitNot ? "~" + operand(((Expr.Unary) p).operand()) : print(p));
      }
      return "{" + String.join(", ", parts) + "}";
    } else if (e instanceof Expr.ZeroExtend z) {
      Width pad = z.width().minus(z.operand().width());
      String zeros =
          pad.isLiteral()
              ? (pad.value() == 1 ? "1'b0" : pad.value() + "'d0")
              : "{" + pad.toVerilog() + "{1'b0}}";
      return "{" + zeros + ", " + print(z.operand()) + "}";
    } else if (e instanceof Expr.MemRead r) {
      return r.mem().name() + "[" + print(r.address()) + "]";
    }
    throw new IllegalStateException("cannot print expression " + e);
  }

  /**
   * The operands of a chain of one binary operator ({@code a + b + c}), for laying a long
   * expression over several lines; a single operand when {@code e} is not a chain.
   */
  static List<String> chain(Expr e, List<String> operators) {
    List<String> out = new ArrayList<>();
    if (e instanceof Expr.Binary b) {
      flatten(b, b.op(), b.kind(), out, operators);
    } else {
      out.add(print(e));
    }
    return out;
  }

  private static void flatten(
      Expr e, Expr.BinaryOp op, HwType.Kind kind, List<String> out, List<String> operators) {
    if (e instanceof Expr.Binary b && b.op() == op && b.kind() == kind) {
      flatten(b.left(), op, kind, out, operators);
      operators.add(symbol(b));
      out.add(chainOperand(b, b.right()));
    } else {
      out.add(operand(e));
    }
  }

  /** The Verilog name a read of a signal uses: {@code x_reg} for a register. */
  static String name(Expr.Ref r) {
    return r.signal().kind().isSequential() ? r.signal().name() + "_reg" : r.signal().name();
  }

  /** {@code [W-1:0]} for a vector, nothing for a single bit of literal width. */
  static String range(Width width) {
    if (width.isLiteral() && width.value() == 1) {
      return "";
    }
    return "[" + width.minus(1).toVerilog() + ":0]";
  }

  /** A constant of the given kind and width. */
  static String literal(BigInteger value, HwType.Kind kind, Width width) {
    if (!width.isLiteral()) {
      BigInteger ones = BigInteger.ONE.shiftLeft(width.value()).subtract(BigInteger.ONE);
      if (value.signum() == 0) {
        return "{" + width.toVerilog() + "{1'b0}}";
      }
      if (value.equals(ones)) {
        return "{" + width.toVerilog() + "{1'b1}}";
      }
      return "{{" + width.minus(1).toVerilog() + "{1'b0}}, 1'b1}";
    }
    int w = width.value();
    if (kind == HwType.Kind.UINT) {
      return w + "'d" + value;
    }
    if (w <= 4) {
      String bits = value.toString(2);
      return w + "'b" + "0".repeat(w - bits.length()) + bits;
    }
    String hex = value.toString(16);
    int digits = (w + 3) / 4;
    return w + "'h" + "0".repeat(Math.max(0, digits - hex.length())) + hex;
  }

  private static String binary(Expr.Binary b) {
    String left =
        b.left() instanceof Expr.Binary l && l.op() == b.op() && associative(b.op())
            ? print(l)
            : operand(b.left());
    return left + " " + symbol(b) + " " + chainOperand(b, b.right());
  }

  /** The right operand of an addition or subtraction by one of parameterized width is 1'b1. */
  private static String chainOperand(Expr.Binary b, Expr right) {
    boolean addOrSub = b.op() == Expr.BinaryOp.ADD || b.op() == Expr.BinaryOp.SUB;
    if (addOrSub
        && right instanceof Expr.Literal l
        && !l.width().isLiteral()
        && l.value().equals(BigInteger.ONE)) {
      return "1'b1";
    }
    return operand(right);
  }

  private static boolean associative(Expr.BinaryOp op) {
    return op == Expr.BinaryOp.ADD
        || op == Expr.BinaryOp.SUB
        || op == Expr.BinaryOp.AND
        || op == Expr.BinaryOp.OR
        || op == Expr.BinaryOp.XOR;
  }

  /** An operand, in parentheses unless it is a primary or a complement (which brackets its own). */
  private static String operand(Expr e) {
    String s = print(e);
    boolean primary =
        e instanceof Expr.Ref
            || e instanceof Expr.Literal
            || e instanceof Expr.Slice
            || e instanceof Expr.Concat
            || e instanceof Expr.ZeroExtend
            || e instanceof Expr.MemRead
            || (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT);
    return primary ? s : "(" + s + ")";
  }

  private static boolean isPrimary(Expr e) {
    return e instanceof Expr.Ref
        || e instanceof Expr.Literal
        || e instanceof Expr.Slice
        || e instanceof Expr.Concat
        || e instanceof Expr.MemRead;
  }

  private static String slice(Expr.Slice s) {
    String base = name(s.base());
    Width full = s.base().width();
    if (s.low().value() == 0 && s.high().sameAs(full.minus(1))) {
      return base;
    }
    if (s.high().equals(s.low())) {
      return base + "[" + s.low().toVerilog() + "]";
    }
    // a field at a parameterized offset reads best as "offset +: width"
    String width = s.width().toVerilog();
    if (!s.low().isLiteral() && width.length() < s.high().toVerilog().length()) {
      return base + "[" + s.low().toVerilog() + " +: " + width + "]";
    }
    return base + "[" + s.high().toVerilog() + ":" + s.low().toVerilog() + "]";
  }

  private static String unarySymbol(Expr.Unary u) {
    return switch (u.op()) {
      case NOT -> u.kind() == HwType.Kind.BOOL ? "!" : "~";
      case OR_REDUCE -> "|";
      case AND_REDUCE -> "&";
      case XOR_REDUCE -> "^";
    };
  }

  static String symbol(Expr.Binary b) {
    boolean logical = b.kind() == HwType.Kind.BOOL && b.left().width().value() == 1;
    return switch (b.op()) {
      case ADD -> "+";
      case SUB -> "-";
      case AND -> logical ? "&&" : "&";
      case OR -> logical ? "||" : "|";
      case XOR -> "^";
      case EQ -> "==";
      case NE -> "!=";
      case LT -> "<";
      case LE -> "<=";
      case GT -> ">";
      case GE -> ">=";
      case SHL -> "<<";
      case SHR -> ">>";
    };
  }
}
