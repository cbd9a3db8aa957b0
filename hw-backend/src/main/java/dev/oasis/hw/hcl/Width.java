package dev.oasis.hw.hcl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The width of a signal (or a bit index) as a linear expression over a component's parameters:
 * {@code 64}, {@code DATA_WIDTH}, {@code ADDR_WIDTH+1}, {@code DATA_WIDTH+KEEP_WIDTH+1}.
 *
 * <p>A width has a value, the one the design is elaborated with, and a text, the one the emitter
 * writes ({@code [DATA_WIDTH-1:0]}), so that a block that is generic in a parameter stays generic
 * in its Verilog. Two widths are the same only when their linear forms agree after each fixed
 * parameter is replaced by its value: {@code DATA_WIDTH} and {@code 64} have the same value but a
 * different shape when {@code DATA_WIDTH} may be overridden, and the design-rule check reports the
 * difference.
 */
public final class Width {

  private final int constant;
  private final Map<Parameter, Integer> terms;

  private Width(int constant, Map<Parameter, Integer> terms) {
    this.constant = constant;
    this.terms = terms;
  }

  /** A literal width or index. */
  public static Width of(int value) {
    return new Width(value, Map.of());
  }

  /** The value of a parameter. */
  public static Width of(Parameter parameter) {
    Map<Parameter, Integer> terms = new LinkedHashMap<>();
    terms.put(parameter, 1);
    return new Width(0, terms);
  }

  /** The value this width has in the elaborated design. */
  public int value() {
    int v = constant;
    for (var term : terms.entrySet()) {
      v += term.getKey().value() * term.getValue();
    }
    return v;
  }

  /** Whether this width is a plain number, with no parameter in it. */
  public boolean isLiteral() {
    return terms.isEmpty();
  }

  /** The parameters this width mentions, in the order they were first combined. */
  public java.util.Set<Parameter> parameters() {
    return java.util.Collections.unmodifiableSet(terms.keySet());
  }

  public Width plus(int k) {
    return new Width(constant + k, terms);
  }

  public Width minus(int k) {
    return plus(-k);
  }

  public Width plus(Width other) {
    Map<Parameter, Integer> sum = new LinkedHashMap<>(terms);
    other.terms.forEach((p, c) -> sum.merge(p, c, Integer::sum));
    sum.values().removeIf(c -> c == 0);
    return new Width(constant + other.constant, sum);
  }

  public Width minus(Width other) {
    return plus(other.times(-1));
  }

  public Width times(int k) {
    Map<Parameter, Integer> scaled = new LinkedHashMap<>();
    if (k != 0) {
      terms.forEach((p, c) -> scaled.put(p, c * k));
    }
    return new Width(constant * k, scaled);
  }

  /**
   * This width with parameters replaced: used when a child component is instantiated with parameter
   * values given in the parent's terms.
   */
  public Width substitute(Map<Parameter, Width> bindings) {
    Width result = of(constant);
    for (var term : terms.entrySet()) {
      Width replacement = bindings.getOrDefault(term.getKey(), of(term.getKey()));
      result = result.plus(replacement.times(term.getValue()));
    }
    return result;
  }

  /** This width with every fixed parameter replaced by its value; the shape that must agree. */
  Width shape() {
    Width result = of(constant);
    for (var term : terms.entrySet()) {
      Parameter p = term.getKey();
      Width part = p.kind() == Parameter.Kind.FIXED ? of(p.value()) : of(p);
      result = result.plus(part.times(term.getValue()));
    }
    return result;
  }

  /** Whether two widths are equal in value and, after fixed parameters are replaced, in form. */
  public boolean sameAs(Width other) {
    return value() == other.value() && shape().equals(other.shape());
  }

  /** The Verilog text: {@code DATA_WIDTH+KEEP_WIDTH+1}, {@code 2*ADDR_WIDTH}, {@code 8}. */
  public String toVerilog() {
    StringBuilder sb = new StringBuilder();
    for (var term : terms.entrySet()) {
      int c = term.getValue();
      String name = term.getKey().name();
      if (sb.length() == 0) {
        sb.append(c == 1 ? name : c == -1 ? "-" + name : c + "*" + name);
      } else {
        sb.append(c > 0 ? "+" : "-");
        sb.append(Math.abs(c) == 1 ? name : Math.abs(c) + "*" + name);
      }
    }
    if (sb.length() == 0) {
      return Integer.toString(constant);
    }
    if (constant != 0) {
      sb.append(constant > 0 ? "+" : "-").append(Math.abs(constant));
    }
    return sb.toString();
  }

  /** Whether {@link #toVerilog()} needs parentheses as the operand of another operator. */
  public boolean isCompound() {
    return terms.size() + (constant != 0 ? 1 : 0) > 1
        || terms.values().stream().anyMatch(c -> c != 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Width w && constant == w.constant && terms.equals(w.terms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(constant, terms);
  }

  @Override
  public String toString() {
    return isLiteral() ? toVerilog() : toVerilog() + " (= " + value() + ")";
  }
}
