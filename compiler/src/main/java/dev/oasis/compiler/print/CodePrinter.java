package dev.oasis.compiler.print;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.ir.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints IR statements and expressions as Oasis source that type-checks back to the same IR.
 *
 * <p>Constants are printed without a width where the checker sizes a literal from its context
 * exactly as the IR has it (the other operand of a binary operator, the assigned field, a
 * parameter), and with one ({@code 16w0x800}) everywhere else. The {@code context} passed down is
 * that type, or null where a literal would have no width.
 */
final class CodePrinter {
  static final String INDENT = "    ";

  /** The width the checker gives a literal port bitmap of {@code multicast}. */
  private final int multicastWidth;

  CodePrinter(int multicastWidth) {
    this.multicastWidth = multicastWidth;
  }

  // ---- statements ---------------------------------------------------------------------------

  void block(StringBuilder out, List<Stmt> statements, String indent) {
    for (Stmt s : statements) {
      statement(out, s, indent);
    }
  }

  /** {@code { ... }} with its statements one level deeper, the closing brace at {@code indent}. */
  void braces(StringBuilder out, List<Stmt> statements, String indent) {
    if (statements.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    block(out, statements, indent + INDENT);
    out.append(indent).append('}');
  }

  void statement(StringBuilder out, Stmt s, String indent) {
    out.append(indent);
    if (s instanceof Stmt.Block b) {
      braces(out, b.statements(), indent);
      out.append('\n');
    } else if (s instanceof Stmt.If i) {
      ifStatement(out, i, indent);
      out.append('\n');
    } else if (s instanceof Stmt.Switch w) {
      out.append("switch (").append(expr(w.apply(), null)).append(") {\n");
      for (Stmt.Case c : w.cases()) {
        out.append(indent).append(INDENT);
        out.append(c.action() == null ? "default" : c.action().name()).append(": ");
        braces(out, c.body().statements(), indent + INDENT);
        out.append('\n');
      }
      out.append(indent).append("}\n");
    } else {
      out.append(simple(s)).append('\n');
    }
  }

  private void ifStatement(StringBuilder out, Stmt.If i, String indent) {
    out.append("if (").append(expr(i.condition(), Type.BOOL)).append(") ");
    braces(out, i.then().statements(), indent);
    List<Stmt> otherwise = i.otherwise().statements();
    if (otherwise.isEmpty()) {
      return;
    }
    out.append(" else ");
    if (otherwise.size() == 1 && otherwise.get(0) instanceof Stmt.If elseIf) {
      ifStatement(out, elseIf, indent);
    } else {
      braces(out, otherwise, indent);
    }
  }

  /** A statement that fits on one line. */
  String simple(Stmt s) {
    if (s instanceof Stmt.Declare d) {
      Decls.Local local = d.local();
      String init =
          d.init() instanceof Expr.Const c && c.value().signum() == 0
              ? ""
              : " = " + expr(d.init(), local.type());
      return type(local.type()) + " " + local.name() + init + ";";
    } else if (s instanceof Stmt.Assign a) {
      return expr(a.target(), null) + " = " + expr(a.value(), a.target().type()) + ";";
    } else if (s instanceof Stmt.Eval e) {
      return expr(e.expr(), null) + ";";
    } else if (s instanceof Stmt.Extract e) {
      return "extract(" + expr(e.header(), null) + ");";
    } else if (s instanceof Stmt.SetValidity v) {
      return expr(v.header(), null) + (v.valid() ? ".setValid();" : ".setInvalid();");
    } else if (s instanceof Stmt.Emit e) {
      return "emit(" + expr(e.header(), null) + ");";
    } else if (s instanceof Stmt.CallAction c) {
      return c.action().name() + "(" + arguments(c.action(), c.args()) + ");";
    } else if (s instanceof Stmt.Return) {
      return "return;";
    } else if (s instanceof Stmt.Count c) {
      return c.counter().name() + ".count(" + expr(c.index(), Type.bit(32)) + ");";
    } else if (s instanceof Stmt.RegisterWrite w) {
      return w.register().name()
          + ".write("
          + expr(w.index(), Type.bit(32))
          + ", "
          + expr(w.value(), Type.bit(w.register().width()))
          + ");";
    } else if (s instanceof Stmt.Forward f) {
      return "forward(" + expr(f.port(), Type.bit(16)) + ");";
    } else if (s instanceof Stmt.Reply) {
      return "reply();";
    } else if (s instanceof Stmt.Drop) {
      return "drop();";
    } else if (s instanceof Stmt.Punt p) {
      return "punt(" + expr(p.reason(), Type.bit(16)) + ");";
    } else if (s instanceof Stmt.Broadcast) {
      return "broadcast();";
    } else if (s instanceof Stmt.Multicast m) {
      return "multicast(" + expr(m.portBitmap(), Type.bit(multicastWidth)) + ");";
    } else if (s instanceof Stmt.DiscardPayload) {
      return "discard_payload();";
    }
    throw new dev.oasis.dsl.diag.CompilerBugException("cannot print statement " + s);
  }

  private String arguments(Decls.Action action, List<Expr> args) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      out.add(expr(args.get(i), action.params().get(i).type()));
    }
    return String.join(", ", out);
  }

  // ---- expressions --------------------------------------------------------------------------

  /** {@code e} as source; a constant whose type equals {@code context} needs no width. */
  String expr(Expr e, Type context) {
    if (e instanceof Expr.Const c) {
      return constant(c.value(), c.type(), c.type().equals(context));
    } else if (e instanceof Expr.BytesConst b) {
      return quote(b.value());
    } else if (e instanceof Expr.LocalRef r) {
      return r.local().name();
    } else if (e instanceof Expr.ParamRef r) {
      return r.param().name();
    } else if (e instanceof Expr.MetaRef r) {
      return "meta." + r.field().name();
    } else if (e instanceof Expr.IntrinsicRef r) {
      return "packet." + r.intrinsic().sourceName;
    } else if (e instanceof Expr.HeaderRef h) {
      String name = h.instance().name();
      if (h.index() == Expr.HeaderRef.LAST) {
        return name + ".last";
      }
      return h.index() == Expr.HeaderRef.NONE ? name : name + "[" + h.index() + "]";
    } else if (e instanceof Expr.StackRef s) {
      return s.instance().name();
    } else if (e instanceof Expr.FieldRef f) {
      return f.header() == null
          ? f.field().name()
          : expr(f.header(), null) + "." + f.field().name();
    } else if (e instanceof Expr.IsValid v) {
      return expr(v.header(), null) + ".isValid()";
    } else if (e instanceof Expr.Unary u) {
      String symbol =
          switch (u.op()) {
            case NOT -> "!";
            case COMPLEMENT -> "~";
            case NEGATE -> "-";
          };
      return symbol + operand(u.operand(), null, Precedence.PREFIX);
    } else if (e instanceof Expr.Binary b) {
      return binary(b);
    } else if (e instanceof Expr.Slice s) {
      return operand(s.operand(), null, Precedence.POSTFIX) + "[" + s.hi() + ":" + s.lo() + "]";
    } else if (e instanceof Expr.Cast c) {
      if (c.operand() instanceof Expr.FieldRef f && f.header() == null) {
        return f.field().name(); // a length field, zero-extended by the checker
      }
      return "(" + type(c.type()) + ") " + operand(c.operand(), null, Precedence.PREFIX);
    } else if (e instanceof Expr.Conditional c) {
      return conditional(c);
    } else if (e instanceof Expr.Lookahead l) {
      return "lookahead<bit<" + l.width() + ">>()";
    } else if (e instanceof Expr.Payload) {
      return "payload";
    } else if (e instanceof Expr.BuiltinCall c) {
      return builtin(c);
    } else if (e instanceof Expr.ApplyTable a) {
      return a.table().name() + ".apply()";
    } else if (e instanceof Expr.HitOrMiss h) {
      return expr(h.apply(), null) + (h.miss() ? ".miss" : ".hit");
    } else if (e instanceof Expr.RegisterRead r) {
      return r.register().name() + ".read(" + expr(r.index(), Type.bit(32)) + ")";
    } else if (e instanceof Expr.MapCall m) {
      String name = m.map().name() + "." + m.op().name().toLowerCase(java.util.Locale.ROOT);
      String key = expr(m.key(), Type.bit(m.map().keyWidth()));
      return m.value() == null
          ? name + "(" + key + ")"
          : name + "(" + key + ", " + expr(m.value(), Type.bit(m.map().valueWidth())) + ")";
    }
    throw new dev.oasis.dsl.diag.CompilerBugException("cannot print expression " + e);
  }

  private String binary(Expr.Binary b) {
    String symbol = symbol(b.op());
    int p = Precedence.ofBinary(symbol);
    Type leftContext = null;
    Type rightContext = null;
    switch (b.op()) {
      case SHL, SHR -> rightContext = Type.bit(32);
      case CONCAT -> {}
      case AND, OR -> {
        leftContext = Type.BOOL;
        rightContext = Type.BOOL;
      }
      default -> {
        // A literal takes the type of a non-constant other operand.
        if (!(b.right() instanceof Expr.Const)) {
          leftContext = b.right().type();
        }
        if (!(b.left() instanceof Expr.Const)) {
          rightContext = b.left().type();
        }
      }
    }
    return binaryOperand(b.left(), leftContext, b.op(), p)
        + " "
        + symbol
        + " "
        + binaryOperand(b.right(), rightContext, b.op(), p + 1);
  }

  /**
   * An operand of a binary operator, in parentheses where the grammar needs them, and for the
   * reader where a bit operator, shift or concatenation has a different binary operator as operand
   * ({@code (a - 1) ++ b}), or && and || mix.
   */
  private String binaryOperand(Expr e, Type context, Expr.BinaryOp parent, int min) {
    String text = expr(e, context);
    if (e instanceof Expr.Binary child && child.op() != parent && clarify(parent, child.op())) {
      return "(" + text + ")";
    }
    return Precedence.wrap(text, precedence(e), min);
  }

  private static boolean clarify(Expr.BinaryOp parent, Expr.BinaryOp child) {
    return switch (parent) {
      case CONCAT, SHL, SHR, BIT_AND, BIT_OR, BIT_XOR -> true;
      case AND, OR -> child == Expr.BinaryOp.AND || child == Expr.BinaryOp.OR;
      default -> false;
    };
  }

  /**
   * A literal branch takes the type of the other branch; when both are constants they keep their
   * widths, since the checker sizes two literal branches only from a declared type.
   */
  private String conditional(Expr.Conditional c) {
    Type thenContext = c.otherwise() instanceof Expr.Const ? null : c.otherwise().type();
    Type elseContext = c.then() instanceof Expr.Const ? null : c.then().type();
    return operand(c.condition(), Type.BOOL, Precedence.CONDITIONAL + 1)
        + " ? "
        + expr(c.then(), thenContext)
        + " : "
        + operand(c.otherwise(), elseContext, Precedence.CONDITIONAL);
  }

  private String builtin(Expr.BuiltinCall c) {
    List<Expr> args = c.args();
    return switch (c.builtin()) {
      case CSUM16 ->
          "csum16(" + args.stream().map(a -> expr(a, null)).collect(Collectors.joining(", ")) + ")";
      case CSUM16_UPDATE -> {
        Expr old = args.get(1);
        Expr now = args.get(2);
        yield "csum16_update("
            + expr(args.get(0), Type.bit(16))
            + ", "
            + expr(old, now instanceof Expr.Const ? null : now.type())
            + ", "
            + expr(now, old instanceof Expr.Const ? null : old.type())
            + ")";
      }
      case SIZEOF -> "sizeof(" + expr(args.get(0), null) + ")";
      case LOWER -> "lower(" + expr(args.get(0), null) + ")";
    };
  }

  private String operand(Expr e, Type context, int min) {
    return Precedence.wrap(expr(e, context), precedence(e), min);
  }

  private static int precedence(Expr e) {
    if (e instanceof Expr.Binary b) {
      return Precedence.ofBinary(symbol(b.op()));
    } else if (e instanceof Expr.Conditional) {
      return Precedence.CONDITIONAL;
    } else if (e instanceof Expr.Unary) {
      return Precedence.PREFIX;
    } else if (e instanceof Expr.Cast c) {
      return c.operand() instanceof Expr.FieldRef f && f.header() == null
          ? Precedence.PRIMARY
          : Precedence.PREFIX;
    }
    return Precedence.PRIMARY;
  }

  static String symbol(Expr.BinaryOp op) {
    return switch (op) {
      case ADD -> "+";
      case SUB -> "-";
      case MUL -> "*";
      case DIV -> "/";
      case MOD -> "%";
      case SHL -> "<<";
      case SHR -> ">>";
      case BIT_AND -> "&";
      case BIT_OR -> "|";
      case BIT_XOR -> "^";
      case CONCAT -> "++";
      case EQ -> "==";
      case NE -> "!=";
      case LT -> "<";
      case LE -> "<=";
      case GT -> ">";
      case GE -> ">=";
      case AND -> "&&";
      case OR -> "||";
    };
  }

  // ---- literals and types -------------------------------------------------------------------

  /**
   * A constant: {@code true}/{@code false} for bool; a number, with its width unless {@code
   * widthClear}: decimal below 256, hexadecimal from there.
   */
  static String constant(BigInteger value, Type type, boolean widthClear) {
    if (type instanceof Type.Bool) {
      return value.signum() != 0 ? "true" : "false";
    }
    String number = number(value);
    return widthClear ? number : type.width() + "w" + number;
  }

  static String number(BigInteger value) {
    return value.compareTo(BigInteger.valueOf(256)) < 0
        ? value.toString()
        : "0x" + value.toString(16);
  }

  static String type(Type t) {
    return t.toString();
  }

  /** A byte string as a string literal with the grammar's escapes. */
  static String quote(byte[] bytes) {
    return dev.oasis.compiler.check.SourceText.quote(new String(bytes, StandardCharsets.UTF_8));
  }
}
