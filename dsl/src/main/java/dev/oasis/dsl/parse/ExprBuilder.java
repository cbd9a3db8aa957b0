package dev.oasis.dsl.parse;

import dev.oasis.dsl.ast.Expr;
import dev.oasis.dsl.ast.KeyValue;
import dev.oasis.dsl.ast.Name;
import dev.oasis.dsl.ast.TypeRef;
import dev.oasis.dsl.diag.CompilerBugException;
import dev.oasis.dsl.diag.Span;
import dev.oasis.dsl.diag.SyntaxCodes;
import dev.oasis.dsl.parser.OasisParser;
import dev.oasis.dsl.parser.OasisParser.ExpressionContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds expressions, types, names and keysets from a parse tree that parsed without errors. Each
 * node's span covers its whole text; parentheses leave no node of their own, so the span of {@code
 * (a + b)} as an operand is that of {@code a + b}.
 */
final class ExprBuilder {
  private final SyntaxReporter reporter;
  private final Literals literals;

  ExprBuilder(SyntaxReporter reporter) {
    this.reporter = reporter;
    this.literals = new Literals(reporter);
  }

  /** The span of everything a rule matched. */
  Span span(ParserRuleContext ctx) {
    Token stop = ctx.getStop();
    int start = ctx.getStart().getStartIndex();
    int end = stop == null || stop.getStopIndex() < start ? start : stop.getStopIndex() + 1;
    return new Span(reporter.file(), start, end);
  }

  Name name(OasisParser.NameContext ctx) {
    return new Name(ctx.getText(), span(ctx));
  }

  TypeRef type(OasisParser.TypeContext ctx) {
    if (ctx instanceof OasisParser.BitTypeContext bit) {
      return new TypeRef.Bit(primary(bit.primary()), span(ctx));
    } else if (ctx instanceof OasisParser.BoolTypeContext) {
      return new TypeRef.Bool(span(ctx));
    } else if (ctx instanceof OasisParser.NamedTypeContext named) {
      return new TypeRef.Named(name(named.name()));
    }
    throw unknown(ctx);
  }

  List<Expr> exprs(OasisParser.ExpressionListContext ctx) {
    List<Expr> list = new ArrayList<>();
    if (ctx != null) {
      for (ExpressionContext e : ctx.expression()) {
        list.add(expr(e));
      }
    }
    return list;
  }

  Expr expr(ExpressionContext ctx) {
    Span span = span(ctx);
    if (ctx instanceof OasisParser.PrimaryExprContext primary) {
      return primary(primary.primary());
    } else if (ctx instanceof OasisParser.MemberExprContext member) {
      return new Expr.Member(expr(member.expression()), name(member.name()), span);
    } else if (ctx instanceof OasisParser.IndexExprContext index) {
      return new Expr.Index(expr(index.expression(0)), expr(index.expression(1)), span);
    } else if (ctx instanceof OasisParser.SliceExprContext slice) {
      return new Expr.Slice(
          expr(slice.expression(0)), expr(slice.expression(1)), expr(slice.expression(2)), span);
    } else if (ctx instanceof OasisParser.CallExprContext call) {
      return new Expr.Call(expr(call.expression()), exprs(call.expressionList()), span);
    } else if (ctx instanceof OasisParser.CastExprContext cast) {
      return new Expr.Cast(type(cast.type()), expr(cast.expression()), span);
    } else if (ctx instanceof OasisParser.UnaryExprContext unary) {
      return new Expr.Unary(unaryOp(unary.op), expr(unary.expression()), span);
    } else if (ctx instanceof OasisParser.BinaryExprContext binary) {
      return new Expr.Binary(
          binaryOp(binary.op), expr(binary.expression(0)), expr(binary.expression(1)), span);
    } else if (ctx instanceof OasisParser.ShiftExprContext shift) {
      return shift(shift, span);
    } else if (ctx instanceof OasisParser.ConditionalExprContext conditional) {
      return new Expr.Conditional(
          expr(conditional.expression(0)),
          expr(conditional.expression(1)),
          expr(conditional.expression(2)),
          span);
    }
    throw unknown(ctx);
  }

  /** {@code a << b}, or {@code a >> b} written as two '>' tokens that must touch. */
  private Expr shift(OasisParser.ShiftExprContext shift, Span span) {
    Expr.BinaryOp op = Expr.BinaryOp.SHL;
    if (shift.gt != null) {
      op = Expr.BinaryOp.SHR;
      Token second = secondGreater(shift);
      if (second != null && second.getStartIndex() != shift.gt.getStopIndex() + 1) {
        Span between =
            new Span(reporter.file(), shift.gt.getStartIndex(), second.getStopIndex() + 1);
        reporter.error(SyntaxCodes.SPLIT_SHIFT, between, between.text());
      }
    }
    return new Expr.Binary(op, expr(shift.expression(0)), expr(shift.expression(1)), span);
  }

  /** The second '>' of a '>' '>' shift: the terminal right after {@code gt} in the rule. */
  private static Token secondGreater(OasisParser.ShiftExprContext shift) {
    for (int i = 0; i < shift.getChildCount() - 1; i++) {
      if (shift.getChild(i).getPayload() == shift.gt) {
        return (Token) shift.getChild(i + 1).getPayload();
      }
    }
    return null;
  }

  /** A STRING token, unescaped. */
  Expr.StringLit string(Token token) {
    return literals.string(token.getText(), reporter.span(token));
  }

  Expr primary(OasisParser.PrimaryContext ctx) {
    Span span = span(ctx);
    if (ctx instanceof OasisParser.IntLiteralContext) {
      return literals.integer(ctx.getText(), span);
    } else if (ctx instanceof OasisParser.Ipv4LiteralContext) {
      return literals.ipv4(ctx.getText(), span);
    } else if (ctx instanceof OasisParser.MacLiteralContext) {
      return literals.mac(ctx.getText(), span);
    } else if (ctx instanceof OasisParser.StringLiteralContext s) {
      return string(s.STRING().getSymbol());
    } else if (ctx instanceof OasisParser.BoolLiteralContext) {
      return new Expr.BoolLit(ctx.getText().equals("true"), span);
    } else if (ctx instanceof OasisParser.LookaheadExprContext lookahead) {
      return new Expr.Lookahead(type(lookahead.type()), span);
    } else if (ctx instanceof OasisParser.ErrorLiteralContext error) {
      return new Expr.ErrorLit(name(error.name()), span);
    } else if (ctx instanceof OasisParser.NameExprContext name) {
      return new Expr.NameRef(name(name.name()));
    } else if (ctx instanceof OasisParser.ParenExprContext paren) {
      return expr(paren.expression());
    }
    throw unknown(ctx);
  }

  /** A keyset: one key value, or several in parentheses. */
  List<KeyValue> keyset(OasisParser.KeysetContext ctx) {
    List<KeyValue> keys = new ArrayList<>();
    for (OasisParser.KeyValueContext key : ctx.keyValue()) {
      keys.add(keyValue(key));
    }
    return keys;
  }

  private KeyValue keyValue(OasisParser.KeyValueContext ctx) {
    Span span = span(ctx);
    if (ctx instanceof OasisParser.WildcardKeyContext) {
      return new KeyValue.Wildcard(span);
    } else if (ctx instanceof OasisParser.DefaultKeyContext) {
      return new KeyValue.Default(span);
    } else if (ctx instanceof OasisParser.MaskKeyContext mask) {
      return new KeyValue.Mask(expr(mask.expression(0)), expr(mask.expression(1)), span);
    } else if (ctx instanceof OasisParser.RangeKeyContext range) {
      return new KeyValue.Range(expr(range.expression(0)), expr(range.expression(1)), span);
    } else if (ctx instanceof OasisParser.ValueKeyContext value) {
      return new KeyValue.Value(expr(value.expression()), span);
    }
    throw unknown(ctx);
  }

  private static Expr.UnaryOp unaryOp(Token op) {
    for (Expr.UnaryOp candidate : Expr.UnaryOp.values()) {
      if (candidate.symbol.equals(op.getText())) {
        return candidate;
      }
    }
    throw new CompilerBugException("no unary operator '" + op.getText() + "'");
  }

  private static Expr.BinaryOp binaryOp(Token op) {
    for (Expr.BinaryOp candidate : Expr.BinaryOp.values()) {
      if (candidate.symbol.equals(op.getText())) {
        return candidate;
      }
    }
    throw new CompilerBugException("no binary operator '" + op.getText() + "'");
  }

  static CompilerBugException unknown(ParserRuleContext ctx) {
    return new CompilerBugException(
        "the AST builder does not know the parse tree node " + ctx.getClass().getSimpleName());
  }
}
