package dev.oasis.hw.lower;

import dev.oasis.hw.hcl.Bits;
import dev.oasis.hw.hcl.Component;
import dev.oasis.hw.hcl.HwType;
import dev.oasis.hw.hcl.Width;
import java.math.BigInteger;

/**
 * Small helpers for the lowering: every value is a {@link Bits} (a {@code bool} is one bit), and
 * each intermediate result is given a wire of its own so that the emitted Verilog stays linear in
 * the size of the program however often a value is read.
 */
final class Nets {
  private final Component component;
  private final java.util.List<Bits> created = new java.util.ArrayList<>();

  Nets(Component component) {
    this.component = component;
  }

  /** Runs {@code body} with {@code span} as the origin of what it declares (a source comment). */
  void at(dev.oasis.dsl.diag.Span span, Runnable body) {
    if (span == null || span == dev.oasis.dsl.diag.Span.NONE) {
      body.run();
    } else {
      component.at(span, body);
    }
  }

  /** {@code value} through a fresh wire named after {@code base}. */
  Bits net(String base, Bits value) {
    String name = component.freshName(Names.identifier(base));
    Bits w = component.wire(name, HwType.bits(value.width().value()));
    w.assign(value);
    created.add(w);
    return w;
  }

  /**
   * Marks the nets that no logic reads (a value the program computes and never uses, such as a
   * metadata field written last) as deliberately unused, so that lint stays quiet. Call last.
   */
  void ignoreUnread() {
    dev.oasis.hw.hcl.LogicIndex index = dev.oasis.hw.hcl.LogicIndex.of(component);
    java.util.List<Bits> unread = new java.util.ArrayList<>();
    for (Bits b : created) {
      if (!index.isRead(b.signal())) {
        unread.add(b);
      }
    }
    if (!unread.isEmpty()) {
      component.ignore(
          "program_values",
          "values the program computes but never uses",
          unread.toArray(new Bits[0]));
    }
  }

  static Bits constant(BigInteger value, int width) {
    return Bits.of(value, Width.of(width));
  }

  static Bits constant(long value, int width) {
    return constant(BigInteger.valueOf(value), width);
  }

  static Bits zero(int width) {
    return Bits.zeros(Width.of(width));
  }

  static Bits one() {
    return constant(1, 1);
  }

  /** {@code condition ? a : b} for a one-bit condition. */
  static Bits mux(Bits condition, Bits a, Bits b) {
    return condition.asBool().select(a, b);
  }

  static Bits and(Bits a, Bits b) {
    return a.and(b);
  }

  static Bits or(Bits a, Bits b) {
    return a.or(b);
  }

  static Bits not(Bits a) {
    return a.not();
  }

  static Bits bool(dev.oasis.hw.hcl.Bool b) {
    return b.asBits();
  }

  /** A valid identifier from an Oasis name such as {@code ipv4.ttl}. */
  static final class Names {
    private Names() {}

    static String identifier(String base) {
      return dev.oasis.hw.hcl.Names.sanitize(base);
    }
  }
}
