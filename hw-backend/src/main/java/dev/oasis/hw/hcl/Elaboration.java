package dev.oasis.hw.hcl;

import dev.oasis.dsl.diag.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a top component into a checked {@link Design}, in named phases:
 *
 * <ol>
 *   <li>{@code build}: runs {@link Component#build()} of the top; each child is built when its
 *       parent instantiates it;
 *   <li>{@code collect}: lists every component under the top, children before parents; a module
 *       name may belong to several equal components (two FIFOs of the same configuration);
 *   <li>{@code check-design-rules}: runs every design rule on every component (children first,
 *       because a parent's loop check uses its children's combinational paths) and collects all
 *       violations; any error stops elaboration with a {@link DesignRuleException} that lists them
 *       all;
 *   <li>{@code freeze}: marks the components checked.
 * </ol>
 */
public final class Elaboration {

  /** The design rules, in the order they are reported; names come before what uses them. */
  private static final List<DesignCheck> CHECKS =
      List.of(
          new CheckNames(),
          new CheckForeignSignals(),
          new CheckWidths(),
          new CheckDrivers(),
          new CheckCombinationalLoops(),
          new CheckUnused());

  private Elaboration() {}

  /**
   * Elaborates {@code top}.
   *
   * @throws DesignRuleException when a design rule is broken; it lists every violation
   */
  public static Design elaborate(Component top) {
    // build
    top.runBuild();

    // collect
    List<Component> all = new ArrayList<>();
    collect(top, all, new java.util.IdentityHashMap<>());
    Map<String, Component> byName = new LinkedHashMap<>();
    List<Component> others = new ArrayList<>();
    for (Component c : all) {
      if (byName.putIfAbsent(c.moduleName(), c) != null) {
        others.add(c);
      }
    }

    // check-design-rules
    CheckContext ctx = new CheckContext();
    for (Component c : all) {
      for (DesignCheck check : CHECKS) {
        check.check(c, ctx);
      }
    }
    List<Violation> violations = ctx.violations();
    if (violations.stream().anyMatch(v -> v.severity() == Severity.ERROR)) {
      throw new DesignRuleException(top.moduleName(), violations);
    }

    // freeze
    all.forEach(Component::markChecked);
    return new Design(top, new ArrayList<>(byName.values()), others, violations);
  }

  private static void collect(Component c, List<Component> out, Map<Component, Boolean> seen) {
    if (seen.put(c, Boolean.TRUE) != null) {
      return;
    }
    for (Instance i : c.instances()) {
      collect(i.child(), out, seen);
    }
    out.add(c);
  }
}
