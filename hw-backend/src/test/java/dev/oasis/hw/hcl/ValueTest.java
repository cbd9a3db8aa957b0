package dev.oasis.hw.hcl;

import static dev.oasis.hw.hcl.HwType.bits;
import static dev.oasis.hw.hcl.HwType.uint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Constants, operators and construction errors of the value classes. */
class ValueTest {

  @Test
  void constantThatDoesNotFitIsRefusedWithItsWidth() {
    assertThatThrownBy(() -> UInt.of(256, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("constant 256 does not fit in 8 bits");
    assertThatThrownBy(() -> Bits.of(-1, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("constant -1 is negative, expected >= 0");
  }

  @Test
  void parameterizedConstantMustBeWritableGenerically() {
    Component c =
        TestComponents.of(
            "k",
            k -> {
              Parameter p = k.generic("WIDTH", 8, "width");
              assertThat(UInt.of(0, p.width()).width()).isEqualTo(p.width());
              assertThat(Bits.ones(p.width()).width().value()).isEqualTo(8);
              assertThatThrownBy(() -> UInt.of(5, p.width()))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "constant 5 of parameterized width WIDTH cannot be written generically,"
                          + " expected 0, 1 or all ones (or a literal width)");
              k.output("y", bits(1)).assign(Bits.of(1, 1));
            });
    Elaboration.elaborate(c);
  }

  @Test
  void slicingAConstantComputesTheBits() {
    Bits b = Bits.of(BigInteger.valueOf(0xABCD), Width.of(16)).slice(11, 4);
    assertThat(b.expr())
        .isEqualTo(new Expr.Literal(BigInteger.valueOf(0xBC), HwType.Kind.BITS, Width.of(8)));
  }

  @Test
  void slicingAnExpressionGoesThroughANamedWire() {
    Component c =
        TestComponents.of(
            "s",
            k -> {
              UInt a = k.input("a", uint(8));
              UInt b = k.input("b", uint(8));
              k.output("high", uint(4)).assign(a.add(b).slice(7, 4));
            });
    Elaboration.elaborate(c);
    assertThat(c.signals()).extracting(Signal::name).contains("a_part");
  }

  @Test
  void assigningAnExpressionIsRefused() {
    Component c =
        TestComponents.of(
            "e",
            k -> {
              UInt a = k.input("a", uint(8));
              assertThatThrownBy(() -> a.add(a).assign(a))
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessage("value UInt(8) expression is an expression, not a signal");
              k.output("y", uint(8)).assign(a);
            });
    Elaboration.elaborate(c);
  }

  @Test
  void memoryPortsInsideWhenAreRefused() {
    Component c =
        TestComponents.of(
            "m",
            k -> {
              Bool en = k.input("en", HwType.bool());
              UInt addr = k.input("addr", uint(4));
              Mem<Bits> mem = k.mem("mem", bits(8), Width.of(4));
              k.when(
                  en,
                  () ->
                      assertThatThrownBy(() -> mem.write(en, addr, Bits.of(0, 8)))
                          .isInstanceOf(IllegalStateException.class)
                          .hasMessage(
                              "cannot write memory 'mem' inside when() or switchOn(): give the"
                                  + " port an explicit enable"));
              mem.write(en, addr, Bits.of(1, 8));
              k.output("q", bits(8)).assign(mem.readAsync(addr));
            });
    Elaboration.elaborate(c);
  }
}
