package dev.oasis.compiler.passes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strongly connected components of a small directed graph of named nodes (Tarjan's algorithm, with
 * an explicit stack so that deep graphs cannot overflow the Java stack). Components come out in a
 * deterministic order; each lists its nodes in the order they were given.
 */
final class Tarjan {
  private final List<String> nodes;
  private final Set<String> inGraph;
  private final Map<String, List<String>> edges;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> low = new HashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private final Set<String> onStack = new java.util.HashSet<>();
  private final List<List<String>> components = new ArrayList<>();
  private int counter;

  /** Nodes {@code nodes}; only edges between nodes of {@code inGraph} count. */
  Tarjan(List<String> nodes, Set<String> inGraph, Map<String, List<String>> edges) {
    this.nodes = nodes;
    this.inGraph = inGraph;
    this.edges = edges;
  }

  List<List<String>> components() {
    for (String n : nodes) {
      if (!index.containsKey(n)) {
        visit(n);
      }
    }
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      order.put(nodes.get(i), i);
    }
    for (List<String> c : components) {
      c.sort((a, b) -> Integer.compare(order.get(a), order.get(b)));
    }
    components.sort((a, b) -> Integer.compare(order.get(a.get(0)), order.get(b.get(0))));
    return components;
  }

  private List<String> successors(String n) {
    List<String> out = new ArrayList<>();
    for (String m : edges.getOrDefault(n, List.of())) {
      if (inGraph.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Depth-first search from {@code root}; frames are (node, next successor to look at). */
  private void visit(String root) {
    Deque<Object[]> frames = new ArrayDeque<>();
    open(root);
    frames.push(new Object[] {root, successors(root), 0});
    while (!frames.isEmpty()) {
      Object[] frame = frames.peek();
      String n = (String) frame[0];
      @SuppressWarnings("unchecked")
      List<String> next = (List<String>) frame[1];
      int i = (Integer) frame[2];
      if (i < next.size()) {
        frame[2] = i + 1;
        String m = next.get(i);
        if (!index.containsKey(m)) {
          open(m);
          frames.push(new Object[] {m, successors(m), 0});
        } else if (onStack.contains(m)) {
          low.put(n, Math.min(low.get(n), index.get(m)));
        }
        continue;
      }
      frames.pop();
      if (!frames.isEmpty()) {
        String parent = (String) frames.peek()[0];
        low.put(parent, Math.min(low.get(parent), low.get(n)));
      }
      if (low.get(n).equals(index.get(n))) {
        List<String> component = new ArrayList<>();
        String m;
        do {
          m = stack.pop();
          onStack.remove(m);
          component.add(m);
        } while (!m.equals(n));
        components.add(component);
      }
    }
  }

  private void open(String n) {
    index.put(n, counter);
    low.put(n, counter);
    counter++;
    stack.push(n);
    onStack.add(n);
  }
}
