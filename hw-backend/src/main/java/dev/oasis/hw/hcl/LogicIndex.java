package dev.oasis.hw.hcl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An index of a built component's logic, shared by the design-rule checks and the emitter: where
 * each signal is assigned and under which conditions, and which signals are read anywhere.
 */
public final class LogicIndex {

  /** One assignment and the conditions of the blocks around it, outermost first. */
  public record Site(Statement.Assign assign, List<Expr> conditions, boolean topLevel) {}

  private final Map<Signal, List<Site>> sites = new LinkedHashMap<>();
  private final Set<Signal> read = new LinkedHashSet<>();
  private final List<Expr> allExprs = new ArrayList<>();

  private LogicIndex(Component c) {
    // conditions that guard no assignment are not emitted, so they do not count as reads
    walk(project(c.statements(), s -> true), new ArrayList<>());
    for (Signal s : c.signals()) {
      if (s.clockEnable() != null) {
        reads(s.clockEnable());
      }
    }
    for (Mem<?> m : c.memories()) {
      for (Mem.WritePort w : m.writePorts()) {
        reads(w.enable());
        reads(w.address());
        reads(w.data());
      }
      for (Mem.ReadPort r : m.readPorts()) {
        reads(r.enable());
        reads(r.address());
      }
    }
    for (Instance i : c.instances()) {
      i.inputBindings().values().forEach(this::reads);
    }
    for (Component.Ignored ig : c.ignored()) {
      ig.values().forEach(this::reads);
    }
  }

  /** Indexes {@code c}, which must be built. */
  public static LogicIndex of(Component c) {
    return new LogicIndex(c);
  }

  private void walk(List<Statement> stmts, List<Expr> conditions) {
    for (Statement s : stmts) {
      if (s instanceof Statement.Assign a) {
        sites
            .computeIfAbsent(a.target(), k -> new ArrayList<>())
            .add(new Site(a, List.copyOf(conditions), conditions.isEmpty()));
        reads(a.value());
      } else if (s instanceof Statement.If i) {
        List<Expr> inner = new ArrayList<>(conditions);
        for (Statement.Branch b : i.branches()) {
          reads(b.condition());
          inner.add(b.condition());
          walk(b.body(), inner);
        }
        walk(i.otherwise(), inner);
      } else if (s instanceof Statement.Switch sw) {
        reads(sw.selector());
        List<Expr> inner = new ArrayList<>(conditions);
        inner.add(sw.selector());
        for (Statement.Case c : sw.cases()) {
          walk(c.body(), inner);
        }
        walk(sw.otherwise(), inner);
      }
    }
  }

  private void reads(Expr e) {
    allExprs.add(e);
    read.addAll(Expr.signalsRead(e));
  }

  /** The assignments to {@code s} in statement order; empty when it is never assigned. */
  public List<Site> sites(Signal s) {
    return sites.getOrDefault(s, List.of());
  }

  /** Whether {@code s} is read by any expression, condition, port binding or memory port. */
  public boolean isRead(Signal s) {
    return read.contains(s);
  }

  /** Every expression of the component's logic, for checks that look at all of them. */
  public List<Expr> expressions() {
    return allExprs;
  }

  /**
   * Whether {@code s} is a plain combinational net: assigned exactly once, unconditionally, so that
   * it can be written as a continuous {@code assign}.
   */
  public boolean isContinuous(Signal s) {
    List<Site> list = sites(s);
    return !s.kind().isSequential() && list.size() == 1 && list.get(0).topLevel();
  }

  /**
   * The statements with only the assignments whose target passes {@code keep}; branches left empty
   * are dropped, and a conditional statement with nothing left disappears.
   */
  public static List<Statement> project(List<Statement> stmts, Predicate<Signal> keep) {
    List<Statement> out = new ArrayList<>();
    for (Statement s : stmts) {
      if (s instanceof Statement.Assign a) {
        if (keep.test(a.target())) {
          out.add(a);
        }
      } else if (s instanceof Statement.If i) {
        List<Statement.Branch> branches = new ArrayList<>();
        boolean any = false;
        for (Statement.Branch b : i.branches()) {
          List<Statement> body = project(b.body(), keep);
          any |= !body.isEmpty();
          branches.add(new Statement.Branch(b.condition(), body));
        }
        List<Statement> otherwise = project(i.otherwise(), keep);
        any |= !otherwise.isEmpty();
        if (any) {
          out.add(new Statement.If(branches, otherwise, i.origin()));
        }
      } else if (s instanceof Statement.Switch sw) {
        List<Statement.Case> cases = new ArrayList<>();
        boolean any = false;
        for (Statement.Case c : sw.cases()) {
          List<Statement> body = project(c.body(), keep);
          any |= !body.isEmpty();
          cases.add(new Statement.Case(c.value(), body));
        }
        List<Statement> otherwise = project(sw.otherwise(), keep);
        any |= !otherwise.isEmpty();
        if (any) {
          out.add(new Statement.Switch(sw.selector(), cases, otherwise, sw.origin()));
        }
      }
    }
    return out;
  }

  /**
   * Whether every path through {@code stmts} assigns {@code target}: an unconditional assignment,
   * an if/else whose every branch (and an else) assigns it, or a case statement with a default
   * whose every case assigns it.
   */
  public static boolean assignsOnEveryPath(List<Statement> stmts, Signal target) {
    for (Statement s : stmts) {
      if (s instanceof Statement.Assign a && a.target() == target) {
        return true;
      }
      if (s instanceof Statement.If i && !i.otherwise().isEmpty()) {
        boolean all = assignsOnEveryPath(i.otherwise(), target);
        for (Statement.Branch b : i.branches()) {
          all &= assignsOnEveryPath(b.body(), target);
        }
        if (all) {
          return true;
        }
      }
      if (s instanceof Statement.Switch sw && !sw.otherwise().isEmpty()) {
        boolean all = assignsOnEveryPath(sw.otherwise(), target);
        for (Statement.Case c : sw.cases()) {
          all &= assignsOnEveryPath(c.body(), target);
        }
        if (all) {
          return true;
        }
      }
    }
    return false;
  }
}
