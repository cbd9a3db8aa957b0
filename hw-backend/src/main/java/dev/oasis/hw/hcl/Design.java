package dev.oasis.hw.hcl;

import java.util.List;

/**
 * An elaborated design: the top component, every distinct component under it (children before
 * parents, each module once), and the warnings of the design-rule check.
 */
public final class Design {

  private final Component top;
  private final List<Component> components;
  private final List<Component> namesakes;
  private final List<Violation> warnings;

  Design(
      Component top,
      List<Component> components,
      List<Component> namesakes,
      List<Violation> warnings) {
    this.top = top;
    this.components = List.copyOf(components);
    this.namesakes = List.copyOf(namesakes);
    this.warnings = List.copyOf(warnings);
  }

  public Component top() {
    return top;
  }

  /** Every component, children before parents, one per module name. */
  public List<Component> components() {
    return components;
  }

  /**
   * Further components whose module name is already in {@link #components()}; a backend must check
   * that they emit the same module.
   */
  public List<Component> namesakes() {
    return namesakes;
  }

  /** Design-rule warnings (unused inputs, constant registers, unconnected child outputs). */
  public List<Violation> warnings() {
    return warnings;
  }
}
