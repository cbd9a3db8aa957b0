package dev.oasis.hw.hcl;

import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;

/**
 * A named signal of a component: a port, a wire, a register or a memory read register. It carries
 * the origin of what it implements in the Oasis program (written by the emitter as a {@code //
 * router.oasis:42} comment) and, for a register, its reset value and clock enable.
 */
public final class Signal {

  private final Component owner;
  private final String name;
  private final SignalKind kind;
  private final HwType<?> type;
  private final String group;
  private Span origin;
  private String comment;
  private BigInteger resetValue;
  private Expr clockEnable;

  Signal(Component owner, String name, SignalKind kind, HwType<?> type, String group, Span origin) {
    this.owner = owner;
    this.name = name;
    this.kind = kind;
    this.type = type;
    this.group = group;
    this.origin = origin;
  }

  public Component owner() {
    return owner;
  }

  /** The name as declared; a register is emitted as {@code name_reg} and {@code name_next}. */
  public String name() {
    return name;
  }

  public SignalKind kind() {
    return kind;
  }

  public HwType<?> type() {
    return type;
  }

  public Width width() {
    return type.width();
  }

  /** The title of the port group this port belongs to, or null. */
  public String group() {
    return group;
  }

  /** Where in the Oasis program this signal comes from, or null. */
  public Span origin() {
    return origin;
  }

  /** A short comment written next to the declaration, or null. */
  public String comment() {
    return comment;
  }

  /** The value loaded when {@code rst} is high, or null for a register without reset. */
  public BigInteger resetValue() {
    return resetValue;
  }

  /** The condition under which a register loads its next value, or null for every cycle. */
  public Expr clockEnable() {
    return clockEnable;
  }

  /** The typed value that reads this signal. */
  public Value value() {
    return type.wrap(new Expr.Ref(this));
  }

  /** Sets where in the Oasis program this signal comes from. */
  public Signal origin(Span span) {
    owner.requireBuilding("set the origin of '" + name + "'");
    this.origin = span;
    return this;
  }

  /** Sets a short comment for the declaration. */
  public Signal comment(String text) {
    owner.requireBuilding("comment '" + name + "'");
    this.comment = text;
    return this;
  }

  /**
   * Makes the register load its next value only when {@code enable} is high (a flip-flop clock
   * enable); reset still applies.
   */
  public Signal clockEnable(Bool enable) {
    owner.requireBuilding("set the clock enable of '" + name + "'");
    if (kind != SignalKind.REGISTER) {
      throw new IllegalStateException(
          "'"
              + name
              + "' is a "
              + kind.name().toLowerCase(java.util.Locale.ROOT)
              + ", only a register has a clock enable");
    }
    this.clockEnable = enable.expr();
    return this;
  }

  void resetValue(BigInteger value) {
    this.resetValue = value;
  }

  @Override
  public String toString() {
    return owner.moduleName() + "." + name;
  }
}
