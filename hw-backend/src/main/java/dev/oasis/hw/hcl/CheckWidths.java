package dev.oasis.hw.hcl;

import dev.oasis.dsl.diag.Span;
import java.util.List;
import java.util.Map;

/**
 * Widths agree wherever they must: both sides of an assignment, the operands of an operator (but
 * not a shift amount), the branches of a mux, a condition (one bit), memory addresses and data, the
 * ports of a child and what they are bound to. Slices stay inside their signal.
 */
final class CheckWidths implements DesignCheck {

  @Override
  public void check(Component c, CheckContext ctx) {
    walk(c, ctx, c.statements());
    for (Signal s : c.signals()) {
      if (s.clockEnable() != null) {
        condition(c, ctx, s.clockEnable(), s.name(), s.origin(), "clock enable of");
      }
    }
    for (Mem<?> m : c.memories()) {
      Width word = m.wordType().width();
      for (Mem.WritePort w : m.writePorts()) {
        condition(c, ctx, w.enable(), m.name(), w.origin(), "write enable of memory");
        agree(
            c, ctx, m.addressWidth(), w.address(), m.name(), w.origin(), "write address of memory");
        agree(c, ctx, word, w.data(), m.name(), w.origin(), "write data of memory");
      }
      for (Mem.ReadPort r : m.readPorts()) {
        condition(c, ctx, r.enable(), m.name(), r.origin(), "read enable of memory");
        agree(
            c, ctx, m.addressWidth(), r.address(), m.name(), r.origin(), "read address of memory");
      }
    }
    for (Instance i : c.instances()) {
      Map<Parameter, Width> bindings = i.effectiveBindings();
      for (var in : i.inputBindings().entrySet()) {
        Width port = in.getKey().type().width().substitute(bindings);
        agree(
            c,
            ctx,
            port,
            in.getValue(),
            i.name() + "." + in.getKey().name(),
            i.origin(),
            "input port");
      }
      for (var out : i.outputBindings().entrySet()) {
        Width port = out.getKey().type().width().substitute(bindings);
        Expr target = new Expr.Ref(out.getValue());
        agree(
            c, ctx, port, target, i.name() + "." + out.getKey().name(), i.origin(), "output port");
      }
    }
  }

  private void walk(Component c, CheckContext ctx, List<Statement> stmts) {
    for (Statement s : stmts) {
      if (s instanceof Statement.Assign a) {
        Signal t = a.target();
        Span origin = a.origin() != null ? a.origin() : t.origin();
        agree(c, ctx, t.width(), a.value(), t.name(), origin, "assignment to");
      } else if (s instanceof Statement.If i) {
        for (Statement.Branch b : i.branches()) {
          condition(c, ctx, b.condition(), "if", i.origin(), "condition of");
          walk(c, ctx, b.body());
        }
        walk(c, ctx, i.otherwise());
      } else if (s instanceof Statement.Switch sw) {
        operators(c, ctx, sw.selector(), "case", sw.origin());
        for (Statement.Case k : sw.cases()) {
          walk(c, ctx, k.body());
        }
        walk(c, ctx, sw.otherwise());
      }
    }
  }

  private void condition(
      Component c, CheckContext ctx, Expr e, String signal, Span origin, String what) {
    agree(c, ctx, Width.of(1), e, signal, origin, what);
  }

  /** {@code e} has width {@code expected}, and its operators agree inside. */
  private void agree(
      Component c,
      CheckContext ctx,
      Width expected,
      Expr e,
      String signal,
      Span origin,
      String what) {
    operators(c, ctx, e, signal, origin);
    String problem = difference(expected, e.width());
    if (problem != null) {
      ctx.report(
          DesignRule.WIDTH_MISMATCH,
          c,
          signal,
          "width mismatch in "
              + what
              + " '"
              + signal
              + "' in component '"
              + c.moduleName()
              + "': expected "
              + problem,
          origin);
    }
  }

  private void operators(Component c, CheckContext ctx, Expr root, String signal, Span origin) {
    Expr.walk(
        root,
        e -> {
          String problem = null;
          String op = null;
          if (e instanceof Expr.Binary b && b.op().operandsMatch()) {
            problem = difference(b.left().width(), b.right().width());
            op = "operator " + b.op().name().toLowerCase(java.util.Locale.ROOT);
          } else if (e instanceof Expr.Mux m) {
            problem = difference(m.whenTrue().width(), m.whenFalse().width());
            op = "mux";
            if (problem == null) {
              problem = difference(Width.of(1), m.condition().width());
              op = "mux condition";
            }
          } else if (e instanceof Expr.Slice s) {
            int hi = s.high().value();
            int lo = s.low().value();
            int w = s.base().width().value();
            if (lo < 0 || hi < lo || hi >= w) {
              op = "slice of '" + s.base().signal().name() + "'";
              problem = "bits [" + hi + ":" + lo + "] inside its " + w + " bits";
            }
          } else if (e instanceof Expr.ZeroExtend z
              && z.width().value() < z.operand().width().value()) {
            op = "resize";
            problem = "at least " + z.operand().width().value() + " bits, got " + z.width();
          } else if (e instanceof Expr.MemRead r) {
            problem = difference(r.mem().addressWidth(), r.address().width());
            op = "read address of memory '" + r.mem().name() + "'";
          }
          if (problem != null) {
            ctx.report(
                DesignRule.WIDTH_MISMATCH,
                c,
                signal,
                "width mismatch in "
                    + op
                    + " driving '"
                    + signal
                    + "' in component '"
                    + c.moduleName()
                    + "': expected "
                    + problem,
                origin);
          }
        });
  }

  /** Why {@code actual} is not {@code expected}, or null when they agree. */
  static String difference(Width expected, Width actual) {
    if (expected.sameAs(actual)) {
      return null;
    }
    if (expected.value() != actual.value()) {
      return bits(expected) + ", got " + bits(actual);
    }
    return bits(expected)
        + ", got "
        + bits(actual)
        + ", which agree only for the generated parameter values";
  }

  private static String bits(Width w) {
    return w.isLiteral() ? w.value() + " bits" : w.toVerilog() + " (" + w.value() + ") bits";
  }
}
