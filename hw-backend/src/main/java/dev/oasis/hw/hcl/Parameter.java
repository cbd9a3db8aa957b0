package dev.oasis.hw.hcl;

/**
 * A Verilog parameter of a component: an UPPER_SNAKE name, the value the design is elaborated with,
 * and a comment that the emitter writes above it.
 *
 * <p>Three kinds:
 *
 * <ul>
 *   <li>{@link Kind#GENERIC}: the emitted module is correct for any value that passes the
 *       component's parameter checks (a FIFO's {@code DEPTH});
 *   <li>{@link Kind#FIXED}: the structure was generated for this value (an unrolled byte counter
 *       for {@code DATA_WIDTH = 64}); the emitted module stops elaboration when it is overridden
 *       with another value;
 *   <li>{@link Kind#LOCAL}: a {@code localparam} derived from the others ({@code ADDR_WIDTH =
 *       $clog2(DEPTH)}).
 * </ul>
 */
public final class Parameter {

  /** How far the emitted module honours another value of the parameter. */
  public enum Kind {
    GENERIC,
    FIXED,
    LOCAL
  }

  private final Component owner;
  private final String name;
  private final int value;
  private final Kind kind;
  private final String defaultText;
  private final String comment;

  Parameter(
      Component owner, String name, int value, Kind kind, String defaultText, String comment) {
    this.owner = owner;
    this.name = name;
    this.value = value;
    this.kind = kind;
    this.defaultText = defaultText;
    this.comment = comment;
  }

  public Component owner() {
    return owner;
  }

  public String name() {
    return name;
  }

  public int value() {
    return value;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The Verilog text of the default: the value itself, or an expression of earlier parameters such
   * as {@code DATA_WIDTH/8} or {@code $clog2(DEPTH)}.
   */
  public String defaultText() {
    return defaultText;
  }

  /** What the parameter means, written as a comment above its declaration. */
  public String comment() {
    return comment;
  }

  /** This parameter as a width. */
  public Width width() {
    return Width.of(this);
  }

  @Override
  public String toString() {
    return name + " = " + value;
  }
}
