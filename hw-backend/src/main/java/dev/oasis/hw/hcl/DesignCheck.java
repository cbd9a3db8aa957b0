package dev.oasis.hw.hcl;

/** One family of design rules, run on each component in the {@code check-design-rules} phase. */
interface DesignCheck {

  /** Reports every violation in {@code c}; children have been checked before their parents. */
  void check(Component c, CheckContext context);
}
