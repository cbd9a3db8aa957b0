package dev.oasis.hw.hcl;

import java.util.List;

/**
 * Elaboration stopped because the design breaks design rules. Holds every violation found (errors
 * and warnings), not only the first; the message lists them one per line.
 */
public final class DesignRuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public DesignRuleException(String design, List<Violation> violations) {
    super(message(design, violations));
    this.violations = List.copyOf(violations);
  }

  /** Every violation, errors and warnings, in the order found. */
  public List<Violation> violations() {
    return violations;
  }

  /** The violations that are errors. */
  public List<Violation> errors() {
    return violations.stream()
        .filter(v -> v.severity() == dev.oasis.dsl.diag.Severity.ERROR)
        .toList();
  }

  private static String message(String design, List<Violation> violations) {
    long errors =
        violations.stream().filter(v -> v.severity() == dev.oasis.dsl.diag.Severity.ERROR).count();
    StringBuilder sb = new StringBuilder();
    sb.append("design rule check of '")
        .append(design)
        .append("' failed with ")
        .append(errors)
        .append(errors == 1 ? " error" : " errors");
    for (Violation v : violations) {
      sb.append('\n').append(v.render());
    }
    return sb.toString();
  }
}
