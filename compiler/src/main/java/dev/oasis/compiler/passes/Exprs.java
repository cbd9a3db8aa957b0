package dev.oasis.compiler.passes;

import dev.oasis.compiler.ir.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Structural helpers over IR expressions shared by the passes. */
public final class Exprs {
  private Exprs() {}

  /**
   * {@code e} with {@code f} applied to each direct child expression, rebuilt only if a child
   * changed. {@code f} must map a {@link Expr.HeaderRef} to a HeaderRef and an {@link
   * Expr.ApplyTable} to an ApplyTable.
   */
  public static Expr mapChildren(Expr e, UnaryOperator<Expr> f) {
    if (e instanceof Expr.FieldRef r) {
      if (r.header() == null) {
        return e;
      }
      Expr h = f.apply(r.header());
      return h == r.header() ? e : new Expr.FieldRef((Expr.HeaderRef) h, r.field(), r.span());
    } else if (e instanceof Expr.IsValid v) {
      Expr h = f.apply(v.header());
      return h == v.header() ? e : new Expr.IsValid((Expr.HeaderRef) h, v.span());
    } else if (e instanceof Expr.Unary u) {
      Expr o = f.apply(u.operand());
      return o == u.operand() ? e : new Expr.Unary(u.op(), o, u.type(), u.span());
    } else if (e instanceof Expr.Binary b) {
      Expr l = f.apply(b.left());
      Expr r = f.apply(b.right());
      return l == b.left() && r == b.right()
          ? e
          : new Expr.Binary(b.op(), l, r, b.type(), b.span());
    } else if (e instanceof Expr.Slice s) {
      Expr o = f.apply(s.operand());
      return o == s.operand() ? e : new Expr.Slice(o, s.hi(), s.lo(), s.span());
    } else if (e instanceof Expr.Cast c) {
      Expr o = f.apply(c.operand());
      return o == c.operand() ? e : new Expr.Cast(o, c.type(), c.span());
    } else if (e instanceof Expr.Conditional c) {
      Expr k = f.apply(c.condition());
      Expr t = f.apply(c.then());
      Expr o = f.apply(c.otherwise());
      return k == c.condition() && t == c.then() && o == c.otherwise()
          ? e
          : new Expr.Conditional(k, t, o, c.span());
    } else if (e instanceof Expr.BuiltinCall c) {
      List<Expr> args = mapAll(c.args(), f);
      return args == c.args() ? e : new Expr.BuiltinCall(c.builtin(), args, c.type(), c.span());
    } else if (e instanceof Expr.ApplyTable) {
      return e;
    } else if (e instanceof Expr.HitOrMiss h) {
      Expr a = f.apply(h.apply());
      return a == h.apply() ? e : new Expr.HitOrMiss((Expr.ApplyTable) a, h.miss(), h.span());
    } else if (e instanceof Expr.RegisterRead r) {
      Expr i = f.apply(r.index());
      return i == r.index() ? e : new Expr.RegisterRead(r.register(), i, r.span());
    } else if (e instanceof Expr.MapCall m) {
      Expr k = f.apply(m.key());
      Expr v = m.value() == null ? null : f.apply(m.value());
      return k == m.key() && v == m.value() ? e : new Expr.MapCall(m.map(), m.op(), k, v, m.span());
    }
    // Leaves: constants, references, lookahead, payload.
    return e;
  }

  /** {@code list} mapped by {@code f}; the same list object if no element changed. */
  public static List<Expr> mapAll(List<Expr> list, UnaryOperator<Expr> f) {
    List<Expr> out = new ArrayList<>(list.size());
    boolean changed = false;
    for (Expr x : list) {
      Expr y = f.apply(x);
      changed |= y != x;
      out.add(y);
    }
    return changed ? out : list;
  }

  /**
   * True if evaluating {@code e} has no effect besides its value, so that it may be dropped or
   * evaluated any number of times: no table applies and no map operations (get refreshes an entry's
   * age).
   */
  public static boolean isPure(Expr e) {
    if (e instanceof Expr.ApplyTable || e instanceof Expr.HitOrMiss || e instanceof Expr.MapCall) {
      return false;
    }
    boolean[] pure = {true};
    mapChildren(
        e,
        child -> {
          pure[0] &= isPure(child);
          return child;
        });
    return pure[0];
  }
}
