package dev.oasis.hw.hcl;

import dev.oasis.dsl.diag.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the design-rule checks share: the violations found so far, the logic index of each
 * component, and the combinational paths through each checked child (input ports that reach an
 * output port without a register).
 */
final class CheckContext {

  private final List<Violation> violations = new ArrayList<>();
  private final Map<Component, LogicIndex> indexes = new HashMap<>();
  private final Map<Component, Map<Signal, Set<Signal>>> paths = new HashMap<>();

  LogicIndex index(Component c) {
    return indexes.computeIfAbsent(c, LogicIndex::of);
  }

  void report(DesignRule rule, Component c, String signal, String message, Span origin) {
    violations.add(new Violation(rule, c.moduleName(), signal, message, origin));
  }

  List<Violation> violations() {
    return violations;
  }

  /** For each output port of {@code c}, the input ports it depends on combinationally. */
  Map<Signal, Set<Signal>> combinationalPaths(Component c) {
    return paths.getOrDefault(c, Map.of());
  }

  void combinationalPaths(Component c, Map<Signal, Set<Signal>> outputsToInputs) {
    paths.put(c, outputsToInputs);
  }
}
