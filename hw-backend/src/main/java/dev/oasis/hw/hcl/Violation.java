package dev.oasis.hw.hcl;

import dev.oasis.dsl.diag.Severity;
import dev.oasis.dsl.diag.Span;

/**
 * One design-rule violation.
 *
 * @param rule the rule broken
 * @param component the module name of the component it is in
 * @param signal the signal (or memory, instance, parameter) it is about
 * @param message what is wrong, naming the signal and the component
 * @param origin where in the Oasis program the offending hardware comes from, or null
 */
public record Violation(
    DesignRule rule, String component, String signal, String message, Span origin) {

  public Severity severity() {
    return rule.severity();
  }

  /**
   * {@code router.oasis:42:5: error[DRC003]: message}, or {@code module_name: error[...]} when the
   * hardware has no origin in a program.
   */
  public String render() {
    String where = origin != null && origin != Span.NONE ? origin.location() : component;
    return where + ": " + severity().label() + "[" + rule.code() + "]: " + message;
  }

  @Override
  public String toString() {
    return render();
  }
}
