package dev.oasis.compiler.state;

import static dev.oasis.compiler.state.IrFixtures.NO_SPAN;
import static dev.oasis.compiler.state.IrFixtures.big;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.compiler.ir.Decls;
import org.junit.jupiter.api.Test;

class ExternStateTest {

  @Test
  void countersCountPacketsAndBytesAndIgnoreIndexesOutOfRange() {
    CounterState c = new CounterState(new Decls.Counter("c", 2, NO_SPAN));
    c.count(big(1), 60);
    c.count(big(1), 1514);
    c.count(big(2), 60);
    c.count(big(1).shiftLeft(100), 60);

    assertThat(c.get(0)).isEqualTo(CounterValue.ZERO);
    assertThat(c.get(1)).isEqualTo(new CounterValue(2, 1574));
    assertThatThrownBy(() -> c.get(2))
        .hasMessage("counter index 2 is out of range for counter 'c'; expected 0 to 1");
  }

  @Test
  void registersReadZeroAndIgnoreWritesOutOfRange() {
    RegisterState r = new RegisterState(new Decls.Register("r", 8, 4, NO_SPAN));
    r.write(big(3), big(200));
    r.write(big(4), big(1));
    assertThat(r.read(big(3))).isEqualTo(200);
    assertThat(r.read(big(4))).isZero();
    assertThat(r.read(big(0))).isZero();
  }

  @Test
  void controlPlaneRegisterWritesAreChecked() {
    RegisterState r = new RegisterState(new Decls.Register("r", 8, 4, NO_SPAN));
    assertThatThrownBy(() -> r.set(4, big(1)))
        .hasMessage("index 4 is out of range for register 'r'; expected 0 to 3");
    assertThatThrownBy(() -> r.set(0, big(256)))
        .hasMessage("value 256 does not fit in bit<8> (0 to 255)");
  }
}
