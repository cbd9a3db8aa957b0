package dev.oasis.compiler.gen;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One path through the parser graph from {@code start} to an end: the states in order, each with
 * the select case it takes ({@code state#k}, {@code state#nomatch}, or just {@code state} for an
 * unconditional transition), and how the path ends: {@code accept}, {@code reject(CODE)}, {@code
 * NoMatch} or {@code StackOverflow}. Loops through header stacks are unrolled up to the stack's
 * size, plus the one extract that overflows it.
 */
public record ParserPlan(List<String> steps, String end) {

  public ParserPlan {
    steps = List.copyOf(steps);
  }

  /** The case the {@code select}-th select of the path takes (-1 for no match), or null. */
  Integer selectCase(int select, String state) {
    int n = 0;
    for (String s : steps) {
      int hash = s.indexOf('#');
      if (hash < 0) {
        continue;
      }
      if (n++ == select) {
        if (!s.substring(0, hash).equals(state)) {
          return null;
        }
        String c = s.substring(hash + 1);
        return c.equals("nomatch") ? -1 : Integer.parseInt(c);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return String.join("->", steps) + (steps.isEmpty() ? "" : "->") + end;
  }

  /** Every path of the program's parser, at most {@code limit} of them, in depth-first order. */
  static List<ParserPlan> enumerate(IrProgram program, int limit) {
    List<ParserPlan> plans = new ArrayList<>();
    walk(program.parser(), "start", new HashMap<>(), new ArrayList<>(), plans, limit);
    return plans;
  }

  private static void walk(
      ParserGraph graph,
      String name,
      Map<Decls.HeaderInstance, Integer> fill,
      List<String> steps,
      List<ParserPlan> plans,
      int limit) {
    if (plans.size() >= limit || steps.size() > 256) {
      return;
    }
    ParserGraph.State state = graph.state(name);
    Map<Decls.HeaderInstance, Integer> next = new HashMap<>(fill);
    for (Stmt s : state.statements()) {
      if (s instanceof Stmt.Extract x && x.header() instanceof Expr.StackRef ref) {
        int n = next.getOrDefault(ref.instance(), 0) + 1;
        if (n > ref.instance().stackSize()) {
          plans.add(new ParserPlan(steps, "StackOverflow"));
          return;
        }
        next.put(ref.instance(), n);
      }
    }
    if (state.transition() instanceof ParserGraph.Goto g) {
      follow(graph, g.target(), name, next, steps, plans, limit);
      return;
    }
    ParserGraph.Select sel = (ParserGraph.Select) state.transition();
    boolean catchAll = false;
    for (int c = 0; c < sel.cases().size(); c++) {
      ParserGraph.Case k = sel.cases().get(c);
      follow(graph, k.target(), name + "#" + c, next, steps, plans, limit);
      catchAll |= k.matches().stream().allMatch(m -> m instanceof dev.oasis.compiler.ir.Match.Any);
    }
    if (!catchAll && plans.size() < limit) {
      List<String> s = new ArrayList<>(steps);
      s.add(name + "#nomatch");
      plans.add(new ParserPlan(s, "NoMatch"));
    }
  }

  private static void follow(
      ParserGraph graph,
      ParserGraph.Target target,
      String step,
      Map<Decls.HeaderInstance, Integer> fill,
      List<String> steps,
      List<ParserPlan> plans,
      int limit) {
    if (plans.size() >= limit) {
      return;
    }
    List<String> s = new ArrayList<>(steps);
    s.add(step);
    if (target instanceof ParserGraph.Accept) {
      plans.add(new ParserPlan(s, "accept"));
    } else if (target instanceof ParserGraph.Reject r) {
      plans.add(new ParserPlan(s, "reject(" + r.error().name() + ")"));
    } else {
      walk(graph, ((ParserGraph.ToState) target).name(), fill, s, plans, limit);
    }
  }
}
