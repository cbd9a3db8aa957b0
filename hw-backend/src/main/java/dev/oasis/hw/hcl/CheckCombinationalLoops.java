package dev.oasis.hw.hcl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * No signal depends on itself through wires, muxes, conditions or a child's combinational paths;
 * registers and synchronous memory reads break a loop. Also records, for the parents of this
 * component, which inputs reach which outputs without a register.
 */
final class CheckCombinationalLoops implements DesignCheck {

  @Override
  public void check(Component c, CheckContext ctx) {
    Map<Signal, Set<Signal>> deps = dependencies(c, ctx);
    reportLoops(c, ctx, deps);
    ctx.combinationalPaths(c, outputPaths(c, deps));
  }

  /** For each combinational signal, the combinational signals its value is computed from. */
  private static Map<Signal, Set<Signal>> dependencies(Component c, CheckContext ctx) {
    LogicIndex index = ctx.index(c);
    Map<Signal, Set<Signal>> deps = new LinkedHashMap<>();
    for (Signal s : c.signals()) {
      if (s.kind().isSequential()) {
        continue;
      }
      Set<Signal> from = deps.computeIfAbsent(s, k -> new LinkedHashSet<>());
      for (LogicIndex.Site site : index.sites(s)) {
        addCombinational(from, site.assign().value());
        site.conditions().forEach(cond -> addCombinational(from, cond));
      }
    }
    for (Instance i : c.instances()) {
      Map<Signal, Set<Signal>> paths = ctx.combinationalPaths(i.child());
      for (var out : i.outputBindings().entrySet()) {
        Set<Signal> from = deps.computeIfAbsent(out.getValue(), k -> new LinkedHashSet<>());
        for (Signal childInput : paths.getOrDefault(out.getKey(), Set.of())) {
          Expr bound = i.inputBindings().get(childInput);
          if (bound != null) {
            addCombinational(from, bound);
          }
        }
      }
    }
    return deps;
  }

  private static void addCombinational(Set<Signal> into, Expr e) {
    for (Signal s : Expr.signalsRead(e)) {
      if (!s.kind().isSequential()) {
        into.add(s);
      }
    }
  }

  private static void reportLoops(Component c, CheckContext ctx, Map<Signal, Set<Signal>> deps) {
    // peel off signals whose dependencies are all settled (Kahn's algorithm); what remains is
    // on a loop or behind one
    Map<Signal, Integer> pending = new LinkedHashMap<>();
    Map<Signal, List<Signal>> users = new LinkedHashMap<>();
    for (var e : deps.entrySet()) {
      Set<Signal> inGraph = only(e.getValue(), deps);
      pending.put(e.getKey(), inGraph.size());
      for (Signal d : inGraph) {
        users.computeIfAbsent(d, k -> new ArrayList<>()).add(e.getKey());
      }
    }
    Set<Signal> settled = new HashSet<>();
    Deque<Signal> ready = new ArrayDeque<>();
    pending.forEach(
        (s, n) -> {
          if (n == 0) {
            ready.add(s);
          }
        });
    while (!ready.isEmpty()) {
      Signal s = ready.poll();
      settled.add(s);
      for (Signal u : users.getOrDefault(s, List.of())) {
        if (pending.merge(u, -1, Integer::sum) == 0) {
          ready.add(u);
        }
      }
    }
    Set<Signal> reported = new HashSet<>();
    for (Signal start : deps.keySet()) {
      if (settled.contains(start) || reported.contains(start)) {
        continue;
      }
      List<Signal> cycle = findCycle(start, deps, settled);
      if (cycle.isEmpty() || reported.contains(cycle.get(0))) {
        continue;
      }
      reported.addAll(cycle);
      StringBuilder path = new StringBuilder();
      for (Signal s : cycle) {
        path.append(s.name()).append(" -> ");
      }
      path.append(cycle.get(0).name());
      Signal first = cycle.get(0);
      dev.oasis.dsl.diag.Span origin = null;
      for (Signal s : cycle) {
        if (origin == null) {
          origin = s.origin();
        }
      }
      ctx.report(
          DesignRule.COMBINATIONAL_LOOP,
          c,
          first.name(),
          "combinational loop through '"
              + first.name()
              + "' in component '"
              + c.moduleName()
              + "': "
              + path,
          origin);
    }
  }

  private static Set<Signal> only(Set<Signal> signals, Map<Signal, Set<Signal>> deps) {
    Set<Signal> out = new LinkedHashSet<>();
    for (Signal s : signals) {
      if (deps.containsKey(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Follows unsettled dependencies from {@code start} until a signal repeats. */
  private static List<Signal> findCycle(
      Signal start, Map<Signal, Set<Signal>> deps, Set<Signal> settled) {
    List<Signal> walk = new ArrayList<>();
    Map<Signal, Integer> seen = new LinkedHashMap<>();
    Signal at = start;
    while (at != null && !seen.containsKey(at)) {
      seen.put(at, walk.size());
      walk.add(at);
      Signal next = null;
      for (Signal d : deps.getOrDefault(at, Set.of())) {
        if (deps.containsKey(d) && !settled.contains(d)) {
          next = d;
          break;
        }
      }
      at = next;
    }
    if (at == null) {
      return List.of();
    }
    // the loop found runs backwards along dependencies; print it in signal-flow order
    List<Signal> cycle = new ArrayList<>(walk.subList(seen.get(at), walk.size()));
    java.util.Collections.reverse(cycle);

    // start at the signal declared first, so that the report does not depend on the walk
    List<Signal> order = new ArrayList<>(deps.keySet());
    int first = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (order.indexOf(cycle.get(i)) < order.indexOf(cycle.get(first))) {
        first = i;
      }
    }
    java.util.Collections.rotate(cycle, -first);
    return cycle;
  }

  /** For each output port, the input ports it reaches through combinational logic only. */
  private static Map<Signal, Set<Signal>> outputPaths(Component c, Map<Signal, Set<Signal>> deps) {
    Map<Signal, Set<Signal>> paths = new LinkedHashMap<>();
    for (Signal out : c.ports()) {
      if (out.kind() != SignalKind.OUTPUT) {
        continue;
      }
      Set<Signal> inputs = new LinkedHashSet<>();
      Set<Signal> visited = new HashSet<>();
      Deque<Signal> pending = new ArrayDeque<>();
      pending.push(out);
      while (!pending.isEmpty()) {
        Signal s = pending.pop();
        if (!visited.add(s)) {
          continue;
        }
        if (s.kind() == SignalKind.INPUT) {
          inputs.add(s);
        }
        for (Signal d : deps.getOrDefault(s, Set.of())) {
          pending.push(d);
        }
      }
      paths.put(out, inputs);
    }
    return paths;
  }
}
