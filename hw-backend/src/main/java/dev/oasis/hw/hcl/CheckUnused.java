package dev.oasis.hw.hcl;

/**
 * Inputs, wires and registers that nothing reads (a warning: the logic driving them is dead, and
 * lint tools flag them). {@code clk} and {@code rst} are used by the registers and children that
 * created them. Bits that are unused on purpose are declared with {@link Component#ignore}.
 */
final class CheckUnused implements DesignCheck {

  @Override
  public void check(Component c, CheckContext ctx) {
    LogicIndex index = ctx.index(c);
    for (Signal s : c.signals()) {
      boolean clockOrReset =
          s.kind() == SignalKind.INPUT && (s.name().equals("clk") || s.name().equals("rst"));
      if (s.kind() == SignalKind.OUTPUT || clockOrReset || index.isRead(s)) {
        continue;
      }
      String what =
          switch (s.kind()) {
            case INPUT -> "input port";
            case WIRE -> "wire";
            case REGISTER -> "register";
            default -> "memory read register";
          };
      ctx.report(
          DesignRule.UNUSED,
          c,
          s.name(),
          what + " '" + s.name() + "' in component '" + c.moduleName() + "' is never read",
          s.origin());
    }
  }
}
