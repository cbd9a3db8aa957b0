package dev.oasis.hw.lower;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the paths of a parser graph without header stacks (a directed acyclic graph once checked):
 * how many there are, and how far into the frame the longest one reads. Every path has a fixed byte
 * offset in every state, which is what lets {@link ParserLowering} unroll it.
 */
final class ParserPaths {
  private ParserPaths() {}

  /** The number of paths from {@code start}, counting no further than {@code cap}. */
  static int count(ParserGraph graph, int cap) {
    int[] n = {0};
    walk(graph, graph.start(), 0, cap, n, new int[] {0}, 0);
    return n[0];
  }

  /** The largest number of bytes any path extracts or looks ahead at. */
  static int maxHeaderBytes(ParserGraph graph) {
    int[] max = {0};
    walk(graph, graph.start(), 0, Integer.MAX_VALUE, new int[] {0}, max, 0);
    return max[0];
  }

  private static void walk(
      ParserGraph graph, ParserGraph.State s, int offset, int cap, int[] n, int[] max, int depth) {
    if (depth > 64) {
      n[0] = cap; // a loop: only header stacks make one, and they are reported on their own
      return;
    }
    if (n[0] >= cap || s == null) {
      return;
    }
    int off = offset;
    for (Stmt st : s.statements()) {
      if (st instanceof Stmt.Extract x && x.header() instanceof Expr.HeaderRef h) {
        off += h.instance().type().fixedBits() / 8;
        max[0] = Math.max(max[0], off);
      }
      for (Expr.Lookahead l : lookaheads(st)) {
        max[0] = Math.max(max[0], off + (l.width() + 7) / 8);
      }
    }
    List<ParserGraph.Target> targets = new ArrayList<>();
    if (s.transition() instanceof ParserGraph.Goto g) {
      targets.add(g.target());
    } else {
      ParserGraph.Select sel = (ParserGraph.Select) s.transition();
      for (Expr e : sel.subjects()) {
        for (Expr.Lookahead l : lookaheads(e)) {
          max[0] = Math.max(max[0], off + (l.width() + 7) / 8);
        }
      }
      sel.cases().forEach(c -> targets.add(c.target()));
      n[0]++; // the no-match path
    }
    for (ParserGraph.Target t : targets) {
      if (t instanceof ParserGraph.ToState to) {
        walk(graph, graph.state(to.name()), off, cap, n, max, depth + 1);
      } else {
        n[0]++;
      }
    }
  }

  /** The lookahead expressions inside a statement or expression. */
  static List<Expr.Lookahead> lookaheads(Object node) {
    List<Expr.Lookahead> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(Object node, List<Expr.Lookahead> out) {
    if (node instanceof Expr.Lookahead l) {
      out.add(l);
    } else if (node instanceof Expr.Unary u) {
      collect(u.operand(), out);
    } else if (node instanceof Expr.Binary b) {
      collect(b.left(), out);
      collect(b.right(), out);
    } else if (node instanceof Expr.Slice s) {
      collect(s.operand(), out);
    } else if (node instanceof Expr.Cast c) {
      collect(c.operand(), out);
    } else if (node instanceof Expr.Conditional c) {
      collect(c.condition(), out);
      collect(c.then(), out);
      collect(c.otherwise(), out);
    } else if (node instanceof Stmt.Assign a) {
      collect(a.value(), out);
    } else if (node instanceof Stmt.Declare d) {
      collect(d.init(), out);
    }
  }
}
