package dev.oasis.hw.hcl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every net has exactly one driver: a wire or output is assigned (on every path, else it would be a
 * latch) or driven by one child output; an input is never driven inside; two unconditional
 * assignments to the same signal at the same level overlap; every child input is connected.
 */
final class CheckDrivers implements DesignCheck {

  @Override
  public void check(Component c, CheckContext ctx) {
    LogicIndex index = ctx.index(c);
    Map<Signal, List<Instance>> byInstance = new LinkedHashMap<>();
    for (Instance i : c.instances()) {
      for (Signal net : i.outputBindings().values()) {
        byInstance.computeIfAbsent(net, k -> new ArrayList<>()).add(i);
      }
    }
    for (Signal s : c.signals()) {
      checkSignal(c, ctx, index, s, byInstance.getOrDefault(s, List.of()));
    }
    overlaps(c, ctx, c.statements());
    for (Instance i : c.instances()) {
      checkInstance(c, ctx, i);
    }
  }

  private void checkSignal(
      Component c, CheckContext ctx, LogicIndex index, Signal s, List<Instance> instances) {
    List<LogicIndex.Site> sites = index.sites(s);
    String where = " in component '" + c.moduleName() + "'";
    String name = "'" + s.name() + "'";
    switch (s.kind()) {
      case INPUT -> {
        if (!sites.isEmpty() || !instances.isEmpty()) {
          ctx.report(
              DesignRule.MULTIPLE_DRIVERS,
              c,
              s.name(),
              "input port " + name + where + " is driven inside the component" + by(instances),
              origin(s, sites));
        }
      }
      case MEMORY_READ, REGISTER -> {
        if (!instances.isEmpty() || (s.kind() == SignalKind.MEMORY_READ && !sites.isEmpty())) {
          ctx.report(
              DesignRule.MULTIPLE_DRIVERS,
              c,
              s.name(),
              kind(s)
                  + " "
                  + name
                  + where
                  + " is driven from outside its "
                  + (s.kind() == SignalKind.REGISTER ? "next-state logic" : "memory")
                  + by(instances),
              origin(s, sites));
        } else if (s.kind() == SignalKind.REGISTER && sites.isEmpty()) {
          if (s.resetValue() == null) {
            ctx.report(
                DesignRule.UNDRIVEN,
                c,
                s.name(),
                "register " + name + where + " is never assigned and has no reset value",
                s.origin());
          } else {
            ctx.report(
                DesignRule.CONSTANT_REGISTER,
                c,
                s.name(),
                "register "
                    + name
                    + where
                    + " is never assigned; it keeps its reset value "
                    + s.resetValue(),
                s.origin());
          }
        }
      }
      case WIRE, OUTPUT -> {
        if (instances.size() > 1 || (instances.size() == 1 && !sites.isEmpty())) {
          ctx.report(
              DesignRule.MULTIPLE_DRIVERS,
              c,
              s.name(),
              kind(s)
                  + " "
                  + name
                  + where
                  + " has several drivers: "
                  + (sites.isEmpty() ? "" : sites.size() + " assignment(s) and ")
                  + "instance(s) "
                  + names(instances),
              origin(s, sites));
        } else if (instances.isEmpty() && sites.isEmpty()) {
          ctx.report(
              DesignRule.UNDRIVEN,
              c,
              s.name(),
              kind(s) + " " + name + where + " is never driven",
              s.origin());
        } else if (instances.isEmpty() && !LogicIndex.assignsOnEveryPath(c.statements(), s)) {
          ctx.report(
              DesignRule.LATCH,
              c,
              s.name(),
              kind(s)
                  + " "
                  + name
                  + where
                  + " is not assigned on every path (it would be a"
                  + " latch); assign a default before the when() or add an otherwise()",
              origin(s, sites));
        }
      }
      default -> throw new IllegalStateException("unknown signal kind " + s.kind());
    }
  }

  /** Two unconditional assignments to one signal in the same statement list. */
  private void overlaps(Component c, CheckContext ctx, List<Statement> stmts) {
    Map<Signal, Integer> direct = new LinkedHashMap<>();
    for (Statement s : stmts) {
      if (s instanceof Statement.Assign a) {
        int n = direct.merge(a.target(), 1, Integer::sum);
        if (n == 2) {
          Signal t = a.target();
          ctx.report(
              DesignRule.MULTIPLE_DRIVERS,
              c,
              t.name(),
              kind(t)
                  + " '"
                  + t.name()
                  + "' in component '"
                  + c.moduleName()
                  + "' is assigned twice at the same level; the second assignment overrides"
                  + " the first completely",
              a.origin() != null ? a.origin() : t.origin());
        }
      } else if (s instanceof Statement.If i) {
        for (Statement.Branch b : i.branches()) {
          overlaps(c, ctx, b.body());
        }
        overlaps(c, ctx, i.otherwise());
      } else if (s instanceof Statement.Switch sw) {
        for (Statement.Case k : sw.cases()) {
          overlaps(c, ctx, k.body());
        }
        overlaps(c, ctx, sw.otherwise());
      }
    }
  }

  private void checkInstance(Component c, CheckContext ctx, Instance i) {
    for (Signal port : i.child().ports()) {
      String what =
          "'"
              + port.name()
              + "' of instance '"
              + i.name()
              + "' ("
              + i.child().moduleName()
              + ") in component '"
              + c.moduleName()
              + "'";
      if (port.kind() == SignalKind.INPUT && !i.inputBindings().containsKey(port)) {
        ctx.report(
            DesignRule.UNDRIVEN,
            c,
            i.name() + "." + port.name(),
            "input " + what + " is not connected",
            i.origin());
      } else if (port.kind() == SignalKind.OUTPUT && !i.outputBindings().containsKey(port)) {
        ctx.report(
            DesignRule.UNCONNECTED_OUTPUT,
            c,
            i.name() + "." + port.name(),
            "output " + what + " is not connected",
            i.origin());
      }
    }
  }

  private static dev.oasis.dsl.diag.Span origin(Signal s, List<LogicIndex.Site> sites) {
    for (LogicIndex.Site site : sites) {
      if (site.assign().origin() != null) {
        return site.assign().origin();
      }
    }
    return s.origin();
  }

  private static String kind(Signal s) {
    return switch (s.kind()) {
      case INPUT -> "input port";
      case OUTPUT -> "output port";
      case WIRE -> "wire";
      case REGISTER -> "register";
      case MEMORY_READ -> "memory read register";
    };
  }

  private static String by(List<Instance> instances) {
    return instances.isEmpty() ? "" : " (by instance(s) " + names(instances) + ")";
  }

  private static String names(List<Instance> instances) {
    return String.join(", ", instances.stream().map(i -> "'" + i.name() + "'").toList());
  }
}
