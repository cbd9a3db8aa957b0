package dev.oasis.compiler.interp;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.state.BitValues;
import dev.oasis.dsl.diag.CompilerBugException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the parser graph from {@code start} to {@code accept} or a parse error: each state's
 * statements, then its transition; a select tries its cases in order and the first whose every
 * component matches wins.
 */
final class ParserRunner {
  /** A bound on state visits that a checked program cannot reach (its loops extract stacks). */
  private static final int MAX_STEPS = 1_000_000;

  private final ParserGraph graph;
  private final PacketContext ctx;
  private final Executor executor;

  ParserRunner(ParserGraph graph, PacketContext ctx, Executor executor) {
    this.graph = graph;
    this.ctx = ctx;
    this.executor = executor;
  }

  /** Parses the packet; returns 0 or the parse-error code, also left in the context. */
  int run() {
    try {
      ParserGraph.State state = graph.start();
      for (int steps = 0; ; steps++) {
        if (steps > MAX_STEPS) {
          throw new CompilerBugException("the parser did not end after " + MAX_STEPS + " states");
        }
        for (Stmt s : state.statements()) {
          executor.run(s);
        }
        ParserGraph.Target target = next(state.transition());
        if (target instanceof ParserGraph.Accept) {
          return ParseErrors.NO_ERROR;
        }
        if (target instanceof ParserGraph.Reject r) {
          ctx.parseError = r.error().value();
          return ctx.parseError;
        }
        String name = ((ParserGraph.ToState) target).name();
        state = graph.state(name);
        if (state == null) {
          throw new CompilerBugException("parser state '" + name + "' does not exist");
        }
      }
    } catch (ParseErrors.Signal e) {
      ctx.parseError = e.code;
      return e.code;
    }
  }

  private ParserGraph.Target next(ParserGraph.Transition t) {
    if (t instanceof ParserGraph.Goto g) {
      return g.target();
    }
    ParserGraph.Select select = (ParserGraph.Select) t;
    Evaluator eval = executor.evaluator();
    List<Object> values = new ArrayList<>();
    for (Expr subject : select.subjects()) {
      values.add(eval.eval(subject));
    }
    for (ParserGraph.Case c : select.cases()) {
      boolean all = true;
      for (int i = 0; i < values.size() && all; i++) {
        all = matches(c.matches().get(i), values.get(i), select.subjects().get(i));
      }
      if (all) {
        return c.target();
      }
    }
    throw new ParseErrors.Signal(ParseErrors.NO_MATCH);
  }

  private static boolean matches(Match m, Object value, Expr subject) {
    if (m instanceof Match.Any) {
      return true;
    }
    if (m instanceof Match.BytesExact b) {
      return Arrays.equals((byte[]) value, b.value());
    }
    BigInteger v = (BigInteger) value;
    if (m instanceof Match.Exact e) {
      return v.equals(e.value());
    }
    if (m instanceof Match.Ternary t) {
      return v.and(t.mask()).equals(t.value().and(t.mask()));
    }
    if (m instanceof Match.Range r) {
      return v.compareTo(r.low()) >= 0 && v.compareTo(r.high()) <= 0;
    }
    Match.Lpm l = (Match.Lpm) m;
    int width = subject.type().width();
    BigInteger mask = BitValues.mask(l.prefixLength()).shiftLeft(width - l.prefixLength());
    return v.and(mask).equals(l.value().and(mask));
  }
}
