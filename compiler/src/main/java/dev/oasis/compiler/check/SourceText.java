package dev.oasis.compiler.check;

import dev.oasis.compiler.print.Precedence;
import dev.oasis.dsl.ast.Expr;
import dev.oasis.dsl.ast.TypeRef;
import java.util.stream.Collectors;

/**
 * The normalised source text of an AST expression: one space around binary operators, none inside
 * member accesses and calls, parentheses only where needed, literals as written, comments gone. A
 * table key without an alias is named by this text without its spaces ({@link #keyName}).
 */
public final class SourceText {
  private SourceText() {}

  public static String of(Expr e) {
    return text(e);
  }

  /**
   * The control-plane name of a table key element without an alias: its source text with spaces
   * removed, e.g. {@code ipv4.dst}, {@code meta.x&0xff}, {@code lower(qname[0].text)}.
   */
  public static String keyName(Expr e) {
    return withoutSpaces(text(e));
  }

  /** {@code text} without spaces outside string literals. */
  public static String withoutSpaces(String text) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString && c == '\\' && i + 1 < text.length()) {
        out.append(c).append(text.charAt(++i));
        continue;
      }
      if (c == '"') {
        inString = !inString;
      }
      if (inString || c != ' ') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String text(Expr e) {
    if (e instanceof Expr.IntLit l) {
      return l.span().text();
    } else if (e instanceof Expr.StringLit s) {
      return quote(s.value());
    } else if (e instanceof Expr.BoolLit b) {
      return Boolean.toString(b.value());
    } else if (e instanceof Expr.Lookahead l) {
      return "lookahead<" + type(l.type()) + ">()";
    } else if (e instanceof Expr.ErrorLit l) {
      return "error." + l.name().text();
    } else if (e instanceof Expr.NameRef n) {
      return n.name().text();
    } else if (e instanceof Expr.Member m) {
      return postfix(m.target()) + "." + m.member().text();
    } else if (e instanceof Expr.Index i) {
      return postfix(i.target()) + "[" + text(i.index()) + "]";
    } else if (e instanceof Expr.Slice s) {
      return postfix(s.target()) + "[" + text(s.hi()) + ":" + text(s.lo()) + "]";
    } else if (e instanceof Expr.Call c) {
      String args = c.args().stream().map(SourceText::text).collect(Collectors.joining(", "));
      return postfix(c.callee()) + "(" + args + ")";
    } else if (e instanceof Expr.Cast c) {
      return "(" + type(c.type()) + ") " + operand(c.operand(), Precedence.PREFIX);
    } else if (e instanceof Expr.Unary u) {
      return u.op().symbol + operand(u.operand(), Precedence.PREFIX);
    } else if (e instanceof Expr.Binary b) {
      int p = Precedence.ofBinary(b.op().symbol);
      return operand(b.left(), p) + " " + b.op().symbol + " " + operand(b.right(), p + 1);
    } else if (e instanceof Expr.Conditional c) {
      return operand(c.condition(), Precedence.CONDITIONAL + 1)
          + " ? "
          + text(c.then())
          + " : "
          + text(c.otherwise());
    }
    return e.span().text();
  }

  private static String postfix(Expr e) {
    return operand(e, Precedence.POSTFIX);
  }

  private static String operand(Expr e, int min) {
    return Precedence.wrap(text(e), precedence(e), min);
  }

  private static int precedence(Expr e) {
    if (e instanceof Expr.Binary b) {
      return Precedence.ofBinary(b.op().symbol);
    } else if (e instanceof Expr.Conditional) {
      return Precedence.CONDITIONAL;
    } else if (e instanceof Expr.Cast || e instanceof Expr.Unary) {
      return Precedence.PREFIX;
    }
    return Precedence.PRIMARY;
  }

  static String type(TypeRef t) {
    if (t instanceof TypeRef.Bit b) {
      return "bit<" + text(b.width()) + ">";
    } else if (t instanceof TypeRef.Bool) {
      return "bool";
    }
    return ((TypeRef.Named) t).name().text();
  }

  /** {@code s} as a string literal, with the grammar's escapes. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(ch);
      }
    }
    return out.append('"').toString();
  }
}
