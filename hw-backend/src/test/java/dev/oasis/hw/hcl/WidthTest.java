package dev.oasis.hw.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Widths as linear expressions over parameters: values, Verilog text, shapes. */
class WidthTest {

  private final Parameter[] params = new Parameter[3];

  private Component withParameters() {
    Component c =
        TestComponents.of(
            "p",
            k -> {
              params[0] = k.generic("DATA_WIDTH", 64, "data");
              params[1] = k.generic("KEEP_WIDTH", 8, "DATA_WIDTH/8", "keep");
              params[2] = k.fixed("USER_WIDTH", 4, "user");
              k.output("y", HwType.bool()).assign(Bool.TRUE);
            });
    Elaboration.elaborate(c);
    return c;
  }

  @Test
  void literalWidthsPrintAsNumbers() {
    assertThat(Width.of(8).toVerilog()).isEqualTo("8");
    assertThat(Width.of(8).minus(1).toVerilog()).isEqualTo("7");
    assertThat(Width.of(8).isLiteral()).isTrue();
  }

  @Test
  void parameterizedWidthsKeepTheirText() {
    withParameters();
    Width data = Width.of(params[0]);
    Width keep = Width.of(params[1]);
    Width word = data.plus(keep).plus(1);
    assertThat(word.toVerilog()).isEqualTo("DATA_WIDTH+KEEP_WIDTH+1");
    assertThat(word.value()).isEqualTo(73);
    assertThat(word.minus(1).toVerilog()).isEqualTo("DATA_WIDTH+KEEP_WIDTH");
    assertThat(data.minus(1).toVerilog()).isEqualTo("DATA_WIDTH-1");
    assertThat(data.times(2).toVerilog()).isEqualTo("2*DATA_WIDTH");
    assertThat(word.minus(data).toVerilog()).isEqualTo("KEEP_WIDTH+1");
    assertThat(data.minus(data).toVerilog()).isEqualTo("0");
  }

  @Test
  void widthsAreTheSameOnlyWhenTheirShapesAgree() {
    withParameters();
    Width data = Width.of(params[0]);
    assertThat(data.sameAs(Width.of(64))).as("generic parameter against its value").isFalse();
    assertThat(data.plus(1).minus(1).sameAs(data)).isTrue();
    Width user = Width.of(params[2]);
    assertThat(user.sameAs(Width.of(4))).as("fixed parameter against its value").isTrue();
  }

  @Test
  void substitutionPutsAChildWidthInTheParentsTerms() {
    withParameters();
    Width child = Width.of(params[0]).plus(Width.of(params[1]));
    assertThat(child.substitute(Map.of(params[0], Width.of(32), params[1], Width.of(4))))
        .isEqualTo(Width.of(36));
  }
}
