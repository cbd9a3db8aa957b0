package dev.oasis.compiler.passes;

import dev.oasis.compiler.check.SemanticCodes;
import dev.oasis.compiler.check.Suggestions;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the shape of the parser's state graph: a {@code start} state exists, state names are
 * unique, every target exists, every state is reachable from {@code start}, and every cycle
 * extracts into a header stack (the stack's size bounds the loop, so that the parser always ends
 * and hardware can unroll it). The program is not changed.
 *
 * <p>Rejected:
 *
 * <pre>
 * state start { transition a; }
 * state a { transition select (lookahead&lt;bit&lt;8&gt;&gt;()) { 0: start; default: accept; } }
 * </pre>
 *
 * <p>"parser loop start -&gt; a -&gt; start consumes no bytes". Accepted: the same loop with {@code
 * extract(labels);} in {@code a}, {@code labels} a header stack.
 *
 * <p>A cycle is unbounded if it avoids every state that extracts into a stack, so the check removes
 * those states and looks for strongly connected components in what remains; each one is reported
 * once, with one of its cycles. Runs after type errors too.
 */
public final class CheckParserGraph implements Pass {

  @Override
  public boolean runsAfterErrors() {
    return true;
  }

  @Override
  public IrProgram run(IrProgram program, Diagnostics diagnostics) {
    if (program != null && program.parser() != null) {
      // After type errors the program may lack extracts that were wrong, so only the checks
      // that need nothing but the transitions run.
      new GraphCheck(program.parser(), diagnostics, !diagnostics.hasErrors()).run();
    }
    return program;
  }

  private static final class GraphCheck {
    private final ParserGraph graph;
    private final Diagnostics diags;
    private final Map<String, ParserGraph.State> states = new LinkedHashMap<>();
    private final Map<String, List<String>> edges = new HashMap<>();
    private boolean unknownTargets;
    private boolean duplicates;

    private final boolean checkLoops;

    GraphCheck(ParserGraph graph, Diagnostics diags, boolean checkLoops) {
      this.graph = graph;
      this.diags = diags;
      this.checkLoops = checkLoops;
    }

    void run() {
      for (ParserGraph.State s : graph.states()) {
        ParserGraph.State first = states.putIfAbsent(s.name(), s);
        if (first != null) {
          duplicates = true;
          Diagnostic d = diags.error(SemanticCodes.DUPLICATE_STATE, nameSpan(s), s.name());
          diags.replace(
              d, d.withNote("the first state '" + s.name() + "' is here", nameSpan(first)));
        }
      }
      for (ParserGraph.State s : states.values()) {
        edges.put(s.name(), targets(s));
      }
      if (!states.containsKey("start")) {
        Span p = graph.span();
        diags.error(
            SemanticCodes.NO_START_STATE,
            new Span(p.file(), p.start(), Math.min(p.end(), p.start() + "parser".length())));
        return;
      }
      // A state behind a misspelt target looks unreachable: one error is enough.
      if (!unknownTargets) {
        reachability();
      }
      if (checkLoops && !unknownTargets && !duplicates) {
        loops();
      }
    }

    /** The states {@code s} can go to; reports unknown targets. */
    private List<String> targets(ParserGraph.State s) {
      List<String> out = new ArrayList<>();
      if (s.transition() instanceof ParserGraph.Goto g) {
        target(g.target(), g.span(), out);
      } else if (s.transition() instanceof ParserGraph.Select select) {
        for (ParserGraph.Case c : select.cases()) {
          target(c.target(), c.span(), out);
        }
      }
      return out;
    }

    private void target(ParserGraph.Target t, Span span, List<String> out) {
      if (!(t instanceof ParserGraph.ToState to)) {
        return;
      }
      if (states.containsKey(to.name())) {
        if (!out.contains(to.name())) {
          out.add(to.name());
        }
        return;
      }
      unknownTargets = true;
      diags.error(
          SemanticCodes.UNKNOWN_STATE,
          targetSpan(span, to.name()),
          to.name(),
          Suggestions.didYouMean(to.name(), states.keySet()));
    }

    private void reachability() {
      Deque<String> work = new ArrayDeque<>(List.of("start"));
      java.util.Set<String> seen = new java.util.HashSet<>(work);
      while (!work.isEmpty()) {
        for (String next : edges.get(work.pop())) {
          if (seen.add(next)) {
            work.push(next);
          }
        }
      }
      // Only the first state of each unreachable part: the states it leads to are unreachable
      // because of it.
      for (ParserGraph.State s : states.values()) {
        if (!seen.contains(s.name())) {
          diags.error(SemanticCodes.UNREACHABLE_STATE, nameSpan(s), s.name());
          cover(s.name(), seen);
        }
      }
    }

    /** Adds every state reachable from {@code from} to {@code seen}. */
    private void cover(String from, java.util.Set<String> seen) {
      Deque<String> work = new ArrayDeque<>(List.of(from));
      seen.add(from);
      while (!work.isEmpty()) {
        for (String next : edges.get(work.pop())) {
          if (seen.add(next)) {
            work.push(next);
          }
        }
      }
    }

    /** Strongly connected components of the states that extract no stack (Tarjan, iterative). */
    private void loops() {
      List<String> nodes = new ArrayList<>();
      for (ParserGraph.State s : states.values()) {
        if (!extractsStack(s)) {
          nodes.add(s.name());
        }
      }
      java.util.Set<String> inGraph = new java.util.HashSet<>(nodes);
      for (List<String> component : new Tarjan(nodes, inGraph, edges).components()) {
        String first = component.get(0);
        boolean selfLoop = edges.get(first).contains(first);
        if (component.size() == 1 && !selfLoop) {
          continue;
        }
        List<String> cycle = cycle(first, new java.util.HashSet<>(component));
        boolean extracts = cycle.stream().anyMatch(n -> extracts(states.get(n)));
        String path = String.join(" -> ", cycle) + " -> " + first;
        diags.error(
            extracts ? SemanticCodes.LOOP_NOT_BOUNDED : SemanticCodes.LOOP_WITHOUT_PROGRESS,
            nameSpan(states.get(first)),
            path);
      }
    }

    /** A shortest cycle from {@code from} back to itself within {@code component}. */
    private List<String> cycle(String from, java.util.Set<String> component) {
      Map<String, String> parent = new HashMap<>();
      Deque<String> queue = new ArrayDeque<>(List.of(from));
      while (!queue.isEmpty()) {
        String n = queue.poll();
        for (String next : edges.get(n)) {
          if (!component.contains(next)) {
            continue;
          }
          if (next.equals(from)) {
            List<String> path = new ArrayList<>();
            for (String at = n; at != null; at = parent.get(at)) {
              path.add(0, at);
            }
            return path;
          }
          if (!parent.containsKey(next)) {
            parent.put(next, n);
            queue.add(next);
          }
        }
      }
      return List.of(from);
    }

    private static boolean extractsStack(ParserGraph.State s) {
      return s.statements().stream()
          .anyMatch(st -> st instanceof Stmt.Extract e && e.header() instanceof Expr.StackRef);
    }

    private static boolean extracts(ParserGraph.State s) {
      return s.statements().stream().anyMatch(st -> st instanceof Stmt.Extract);
    }

    /** The span of a state's name: the first occurrence after the keyword {@code state}. */
    private static Span nameSpan(ParserGraph.State s) {
      String text = s.span().text();
      int at = text.indexOf(s.name(), Math.min(text.length(), "state".length()));
      return at < 0 ? s.span() : within(s.span(), at, s.name().length());
    }

    /** The span of a transition's target: its last occurrence in the case or transition. */
    private static Span targetSpan(Span span, String target) {
      int at = span.text().lastIndexOf(target);
      return at < 0 ? span : within(span, at, target.length());
    }

    private static Span within(Span span, int offset, int length) {
      return new Span(span.file(), span.start() + offset, span.start() + offset + length);
    }
  }
}
