package dev.oasis.hw.hcl;

/**
 * Logic reads only its own component's signals and memories; a child's ports are reached through
 * the {@link Instance} that binds them.
 */
final class CheckForeignSignals implements DesignCheck {

  @Override
  public void check(Component c, CheckContext ctx) {
    for (Expr e : ctx.index(c).expressions()) {
      Expr.walk(
          e,
          x -> {
            if (x instanceof Expr.Ref r && r.signal().owner() != c) {
              report(c, ctx, r.signal().name(), r.signal().owner(), r.signal().origin());
            } else if (x instanceof Expr.MemRead m && m.mem().owner() != c) {
              report(c, ctx, m.mem().name(), m.mem().owner(), m.mem().origin());
            }
          });
    }
  }

  private static void report(
      Component c, CheckContext ctx, String name, Component other, dev.oasis.dsl.diag.Span at) {
    ctx.report(
        DesignRule.FOREIGN_SIGNAL,
        c,
        name,
        "component '"
            + c.moduleName()
            + "' uses '"
            + name
            + "' of component '"
            + other.moduleName()
            + "'; connect it through an instance port",
        at);
  }
}
