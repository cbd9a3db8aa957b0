package dev.oasis.hw.hcl;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every emitted identifier is a legal Verilog identifier, not a keyword, and unique in its module
 * (a register {@code x} takes {@code x_reg} and {@code x_next}).
 */
final class CheckNames implements DesignCheck {

  @Override
  public void check(Component c, CheckContext ctx) {
    if (!Names.isIdentifier(c.moduleName())) {
      ctx.report(
          DesignRule.INVALID_NAME,
          c,
          c.moduleName(),
          "module name '" + c.moduleName() + "' " + Names.whyNot(c.moduleName()),
          null);
    }
    Map<String, String> taken = new LinkedHashMap<>();
    for (Parameter p : c.parameters()) {
      if (!p.name().matches("[A-Z][A-Z0-9_]*")) {
        ctx.report(
            DesignRule.INVALID_NAME,
            c,
            p.name(),
            "parameter '"
                + p.name()
                + "' in component '"
                + c.moduleName()
                + "' is not UPPER_SNAKE_CASE",
            null);
      }
      claim(ctx, c, taken, p.name(), "parameter '" + p.name() + "'", p.name(), null);
    }
    for (Signal s : c.signals()) {
      String what = s.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      String desc = what + " '" + s.name() + "'";
      switch (s.kind()) {
        case REGISTER -> {
          claim(ctx, c, taken, s.name() + "_reg", desc, s.name(), s.origin());
          claim(ctx, c, taken, s.name() + "_next", desc, s.name(), s.origin());
        }
        case MEMORY_READ -> claim(ctx, c, taken, s.name() + "_reg", desc, s.name(), s.origin());
        default -> claim(ctx, c, taken, s.name(), desc, s.name(), s.origin());
      }
    }
    for (Mem<?> m : c.memories()) {
      claim(ctx, c, taken, m.name(), "memory '" + m.name() + "'", m.name(), m.origin());
    }
    for (Instance i : c.instances()) {
      claim(ctx, c, taken, i.name(), "instance '" + i.name() + "'", i.name(), i.origin());
    }
    for (Component.Ignored ig : c.ignored()) {
      claim(ctx, c, taken, ig.name(), "unused-bits wire '" + ig.name() + "'", ig.name(), null);
    }
  }

  private static void claim(
      CheckContext ctx,
      Component c,
      Map<String, String> taken,
      String identifier,
      String description,
      String signal,
      dev.oasis.dsl.diag.Span origin) {
    if (!Names.isIdentifier(identifier)) {
      ctx.report(
          DesignRule.INVALID_NAME,
          c,
          signal,
          description
              + " in component '"
              + c.moduleName()
              + "': '"
              + identifier
              + "' "
              + Names.whyNot(identifier),
          origin);
      return;
    }
    String earlier = taken.putIfAbsent(identifier, description);
    if (earlier != null) {
      ctx.report(
          DesignRule.NAME_CLASH,
          c,
          signal,
          "identifier '"
              + identifier
              + "' in component '"
              + c.moduleName()
              + "' is used by "
              + earlier
              + " and by "
              + description,
          origin);
    }
  }
}
