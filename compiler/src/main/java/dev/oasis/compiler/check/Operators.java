package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Expr.BinaryOp;
import dev.oasis.compiler.ir.Expr.UnaryOp;
import dev.oasis.compiler.ir.Type;
import dev.oasis.compiler.passes.ExprFolder;
import dev.oasis.dsl.ast.Expr.Binary;
import dev.oasis.dsl.ast.Expr.Conditional;
import dev.oasis.dsl.ast.Expr.Unary;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;

/**
 * Types unary, binary and conditional operators: both operands of arithmetic, bitwise and
 * comparison operators have one width (no implicit widening); a literal takes the other operand's
 * width; two literals compute on unbounded integers; division and remainder only by constant powers
 * of two.
 */
final class Operators {
  private static final int MAX_LITERAL_SHIFT = 4096;

  private final ExprChecker ex;

  Operators(ExprChecker ex) {
    this.ex = ex;
  }

  private void error(SemanticCodes code, Span span, Object... args) {
    ex.env.diags.error(code, span, args);
  }

  // ---- unary --------------------------------------------------------------------------------

  Typed unary(Unary u, SemType expected) {
    if (u.op() == dev.oasis.dsl.ast.Expr.UnaryOp.NOT) {
      Expr operand = ex.checkBool(u.operand());
      return operand == null
          ? Typed.poison(u.span())
          : Typed.of(new Expr.Unary(UnaryOp.NOT, operand, Type.BOOL, u.span()));
    }
    UnaryOp op =
        u.op() == dev.oasis.dsl.ast.Expr.UnaryOp.NEGATE ? UnaryOp.NEGATE : UnaryOp.COMPLEMENT;
    Typed operand = ex.check(u.operand(), expected);
    if (operand.isPoison()) {
      return operand;
    }
    if (operand.isUnsized()) {
      if (expected != null && expected.isBit()) {
        Expr sized = ex.sizeLiteral(operand, expected.irType().width());
        return sized == null
            ? Typed.poison(u.span())
            : Typed.of(new Expr.Unary(op, sized, sized.type(), u.span()));
      }
      if (op == UnaryOp.NEGATE) {
        return Typed.literal(operand.literal().negate(), u.span());
      }
      error(SemanticCodes.NEEDS_WIDTH, u.span(), "~ of a literal", "~8w0");
      return Typed.poison(u.span());
    }
    if (!operand.type().isBit()) {
      error(SemanticCodes.OPERATOR_TYPE, u.span(), u.op().symbol, operand.type());
      return Typed.poison(u.span());
    }
    return Typed.of(new Expr.Unary(op, operand.ir(), operand.ir().type(), u.span()));
  }

  // ---- binary -------------------------------------------------------------------------------

  Typed binary(Binary b) {
    BinaryOp op = irOp(b.op());
    if (op == BinaryOp.AND || op == BinaryOp.OR) {
      Expr l = ex.checkBool(b.left());
      Expr r = ex.checkBool(b.right());
      return l == null || r == null
          ? Typed.poison(b.span())
          : Typed.of(new Expr.Binary(op, l, r, Type.BOOL, b.span()));
    }
    Typed l = ex.check(b.left(), null);
    Typed r = ex.check(b.right(), null);
    if (l.isPoison() || r.isPoison()) {
      return Typed.poison(b.span());
    }
    if (ex.misusedApply(l) || ex.misusedApply(r)) {
      return Typed.poison(b.span());
    }
    if (op == BinaryOp.SHL || op == BinaryOp.SHR) {
      return shift(b, op, l, r);
    }
    if (op == BinaryOp.CONCAT) {
      return concat(b, l, r);
    }
    if (l.isUnsized() && r.isUnsized()) {
      return literals(b, op, l.literal(), r.literal());
    }
    // A literal operand takes the other operand's type.
    if (l.isUnsized()) {
      l = resize(b.left(), r.type());
    } else if (r.isUnsized()) {
      r = resize(b.right(), l.type());
    }
    if (l.isPoison() || r.isPoison()) {
      return Typed.poison(b.span());
    }
    return typed(b, op, l, r);
  }

  /** The literal operand {@code e} checked again with the other operand's type. */
  private Typed resize(dev.oasis.dsl.ast.Expr e, SemType other) {
    Typed again = ex.check(e, other.isBit() ? other : null);
    if (again.isUnsized()) {
      if (!other.isBit()) {
        String hint = "";
        if (other instanceof SemType.Enum en) {
          hint =
              "; use a member such as "
                  + en.info().name()
                  + "."
                  + en.info().members().keySet().stream().findFirst().orElse("X");
        } else if (other.isBool()) {
          hint = "; use true or false";
        }
        error(
            SemanticCodes.TYPE_MISMATCH,
            e.span(),
            "operand",
            other,
            "integer literal " + ExprChecker.text(again),
            hint);
        return Typed.poison(e.span());
      }
      Expr sized = ex.sizeLiteral(again, other.irType().width());
      return sized == null ? Typed.poison(e.span()) : Typed.of(sized);
    }
    return again;
  }

  private Typed typed(Binary b, BinaryOp op, Typed l, Typed r) {
    SemType lt = l.type();
    SemType rt = r.type();
    boolean equality = op == BinaryOp.EQ || op == BinaryOp.NE;
    if (equality) {
      boolean bytes = lt.isBytes() && rt.isBytes();
      if (bytes && (tooLong(l, r) || tooLong(r, l))) {
        return Typed.poison(b.span());
      }
      if (bytes
          || ExprChecker.sameType(lt, rt)
              && (lt.isBit() || lt.isBool() || lt instanceof SemType.Enum)) {
        return Typed.of(new Expr.Binary(op, l.ir(), r.ir(), Type.BOOL, b.span()));
      }
      return mismatch(b, lt, rt);
    }
    if (!lt.isBit() || !rt.isBit()) {
      error(SemanticCodes.OPERATOR_TYPE, b.span(), b.op().symbol, operands(lt, rt));
      return Typed.poison(b.span());
    }
    if (!lt.equals(rt)) {
      return mismatch(b, lt, rt);
    }
    if (op == BinaryOp.DIV || op == BinaryOp.MOD) {
      Expr divisor = ExprFolder.fold(r.ir());
      if (!(divisor instanceof Expr.Const c) || c.value().bitCount() != 1) {
        String by =
            divisor instanceof Expr.Const c
                ? c.value().toString()
                : "'" + b.right().span().text() + "'";
        error(SemanticCodes.DIVISION_NOT_POWER_OF_TWO, b.right().span(), division(op), by);
        return Typed.poison(b.span());
      }
    }
    boolean comparison =
        op == BinaryOp.LT || op == BinaryOp.LE || op == BinaryOp.GT || op == BinaryOp.GE;
    Type result = comparison ? Type.BOOL : lt.irType();
    return Typed.of(new Expr.Binary(op, l.ir(), r.ir(), result, b.span()));
  }

  /** Reports a string compared with a byte string that can never hold it. */
  private boolean tooLong(Typed string, Typed field) {
    if (string.ir() instanceof Expr.BytesConst c && !(field.ir() instanceof Expr.BytesConst)) {
      int max = ((Type.Bytes) field.ir().type()).maxBytes();
      if (c.value().length > max) {
        error(SemanticCodes.STRING_TOO_LONG, string.span(), c.value().length, field.type());
        return true;
      }
    }
    return false;
  }

  private Typed mismatch(Binary b, SemType lt, SemType rt) {
    if (lt.isBit() && rt.isBit()) {
      SemType wider = lt.irType().width() >= rt.irType().width() ? lt : rt;
      error(SemanticCodes.WIDTH_MISMATCH, b.span(), verb(b.op()), lt, rt, wider);
    } else {
      error(SemanticCodes.OPERATOR_TYPE, b.span(), b.op().symbol, operands(lt, rt));
    }
    return Typed.poison(b.span());
  }

  private static String operands(SemType l, SemType r) {
    return l.equals(r) ? l.toString() : l + " and " + r;
  }

  private static String division(BinaryOp op) {
    return op == BinaryOp.DIV ? "division" : "remainder";
  }

  private static String verb(dev.oasis.dsl.ast.Expr.BinaryOp op) {
    return switch (op) {
      case ADD -> "add";
      case SUB -> "subtract";
      case MUL -> "multiply";
      case DIV -> "divide";
      case MOD -> "take the remainder of";
      case BIT_AND -> "and";
      case BIT_OR -> "or";
      case BIT_XOR -> "xor";
      default -> "compare";
    };
  }

  /** Both operands are literals: compute on unbounded integers. */
  private Typed literals(Binary b, BinaryOp op, BigInteger l, BigInteger r) {
    Span span = b.span();
    switch (op) {
      case ADD:
        return Typed.literal(l.add(r), span);
      case SUB:
        return Typed.literal(l.subtract(r), span);
      case MUL:
        return Typed.literal(l.multiply(r), span);
      case DIV:
      case MOD:
        if (r.signum() == 0) {
          error(SemanticCodes.DIVISION_BY_ZERO, b.right().span(), division(op));
          return Typed.poison(span);
        }
        return Typed.literal(op == BinaryOp.DIV ? l.divide(r) : l.mod(r.abs()), span);
      case BIT_AND:
        return Typed.literal(l.and(r), span);
      case BIT_OR:
        return Typed.literal(l.or(r), span);
      case BIT_XOR:
        return Typed.literal(l.xor(r), span);
      default:
        break;
    }
    int c = l.compareTo(r);
    boolean value =
        switch (op) {
          case EQ -> c == 0;
          case NE -> c != 0;
          case LT -> c < 0;
          case LE -> c <= 0;
          case GT -> c > 0;
          default -> c >= 0;
        };
    return Typed.of(new Expr.Const(value ? BigInteger.ONE : BigInteger.ZERO, Type.BOOL, span));
  }

  private Typed shift(Binary b, BinaryOp op, Typed l, Typed r) {
    if (l.isUnsized() && r.isUnsized()) {
      BigInteger amount = r.literal();
      if (amount.signum() < 0 || amount.compareTo(BigInteger.valueOf(MAX_LITERAL_SHIFT)) > 0) {
        error(
            SemanticCodes.LITERAL_DOES_NOT_FIT,
            b.right().span(),
            ExprChecker.text(r),
            Type.bit(12),
            MAX_LITERAL_SHIFT);
        return Typed.poison(b.span());
      }
      int n = amount.intValueExact();
      BigInteger v = op == BinaryOp.SHL ? l.literal().shiftLeft(n) : l.literal().shiftRight(n);
      return Typed.literal(v, b.span());
    }
    Expr amount;
    if (r.isUnsized()) {
      // A literal shift amount is a bit<32>.
      amount = ex.sizeLiteral(r, 32);
    } else if (r.type().isBit()) {
      amount = r.ir();
    } else {
      error(SemanticCodes.OPERATOR_TYPE, b.right().span(), b.op().symbol, r.type());
      return Typed.poison(b.span());
    }
    Expr value = ex.sized(l, "the left operand of " + b.op().symbol, "8w1");
    if (value == null || amount == null) {
      return Typed.poison(b.span());
    }
    if (!l.type().isBit()) {
      error(SemanticCodes.OPERATOR_TYPE, b.left().span(), b.op().symbol, l.type());
      return Typed.poison(b.span());
    }
    return Typed.of(new Expr.Binary(op, value, amount, value.type(), b.span()));
  }

  private Typed concat(Binary b, Typed l, Typed r) {
    Expr left = ex.sized(l, "an operand of ++", "8w" + (l.isUnsized() ? l.literal() : 0));
    if (left == null && r.isUnsized()) {
      return Typed.poison(b.span()); // one message for two literals
    }
    Expr right = ex.sized(r, "an operand of ++", "8w" + (r.isUnsized() ? r.literal() : 0));
    if (left == null || right == null) {
      return Typed.poison(b.span());
    }
    if (!l.type().isBit() || !r.type().isBit()) {
      error(SemanticCodes.OPERATOR_TYPE, b.span(), "++", operands(l.type(), r.type()));
      return Typed.poison(b.span());
    }
    int width = left.type().width() + right.type().width();
    if (width > TypeResolver.MAX_WIDTH) {
      error(SemanticCodes.WIDTH_TOO_LARGE, b.span(), "'" + b.span().text() + "'", width);
      return Typed.poison(b.span());
    }
    return Typed.of(new Expr.Binary(BinaryOp.CONCAT, left, right, Type.bit(width), b.span()));
  }

  // ---- conditional --------------------------------------------------------------------------

  Typed conditional(Conditional c, SemType expected) {
    Expr condition = ex.checkBool(c.condition());
    Typed a = ex.check(c.then(), expected);
    Typed b = ex.check(c.otherwise(), expected);
    if (condition == null || a.isPoison() || b.isPoison()) {
      return Typed.poison(c.span());
    }
    if (a.isUnsized() && b.isUnsized()) {
      if (expected == null || !expected.isBit()) {
        Expr folded = ExprFolder.fold(condition);
        if (folded instanceof Expr.Const k) {
          return k.value().signum() != 0 ? a : b;
        }
        error(SemanticCodes.NEEDS_WIDTH, c.span(), "a conditional of two literals", "8w1");
        return Typed.poison(c.span());
      }
      a = resize(c.then(), expected);
      b = resize(c.otherwise(), expected);
    } else if (a.isUnsized()) {
      a = resize(c.then(), b.type());
    } else if (b.isUnsized()) {
      b = resize(c.otherwise(), a.type());
    }
    if (a.isPoison() || b.isPoison()) {
      return Typed.poison(c.span());
    }
    boolean scalar = a.type().isBit() || a.type().isBool() || a.type() instanceof SemType.Enum;
    if (!scalar || !ExprChecker.sameType(a.type(), b.type())) {
      error(
          SemanticCodes.TYPE_MISMATCH,
          c.otherwise().span(),
          "the branches of ?:",
          a.type(),
          b.type(),
          ExprChecker.hint(b.type(), a.type()));
      return Typed.poison(c.span());
    }
    return Typed.of(new Expr.Conditional(condition, a.ir(), b.ir(), c.span()), a.type());
  }

  static BinaryOp irOp(dev.oasis.dsl.ast.Expr.BinaryOp op) {
    return switch (op) {
      case MUL -> BinaryOp.MUL;
      case DIV -> BinaryOp.DIV;
      case MOD -> BinaryOp.MOD;
      case ADD -> BinaryOp.ADD;
      case SUB -> BinaryOp.SUB;
      case CONCAT -> BinaryOp.CONCAT;
      case SHL -> BinaryOp.SHL;
      case SHR -> BinaryOp.SHR;
      case LT -> BinaryOp.LT;
      case LE -> BinaryOp.LE;
      case GT -> BinaryOp.GT;
      case GE -> BinaryOp.GE;
      case EQ -> BinaryOp.EQ;
      case NE -> BinaryOp.NE;
      case BIT_AND -> BinaryOp.BIT_AND;
      case BIT_XOR -> BinaryOp.BIT_XOR;
      case BIT_OR -> BinaryOp.BIT_OR;
      case AND -> BinaryOp.AND;
      case OR -> BinaryOp.OR;
    };
  }
}
