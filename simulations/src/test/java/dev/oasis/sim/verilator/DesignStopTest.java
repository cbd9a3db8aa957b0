package dev.oasis.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A design that executes $finish or $stop fails its own device with a message naming the line; the
 * JVM and other devices carry on.
 */
class DesignStopTest {

  private static VerilatedModel model;

  @BeforeAll
  static void build() {
    model =
        VerilatorBuild.of(
                "stop_on_user",
                DeviceInterface.streams(8, 8),
                List.of(TestDesigns.rtl("stop_on_user.v")))
            .build();
  }

  @Test
  void finishFailsTheDeviceNamingTheLine() {
    try (VerilatedDevice device = model.open()) {
      device.reset();
      device
          .sink()
          .send(List.of(new AxisFrame(new byte[] {1}, 0), new AxisFrame(new byte[] {2}, 0xf0)));

      assertThatThrownBy(() -> device.run(10))
          .isInstanceOfSatisfying(
              SimulationException.class,
              e -> assertThat(e.code()).isEqualTo(OasisSimLibrary.EFATAL))
          .hasMessageStartingWith("oasis_sim_run failed: the design executed $finish at ")
          .hasMessageEndingWith("stop_on_user.v:40");
      assertThatThrownBy(() -> device.step(1))
          .isInstanceOf(SimulationException.class)
          .hasMessageStartingWith(
              "oasis_sim_step failed: the design has stopped: the design executed $finish");
    }
  }

  @Test
  void stopFailsTheDeviceAndOthersCarryOn() {
    try (VerilatedDevice stopping = model.open();
        VerilatedDevice other = model.open()) {
      stopping.reset();
      other.reset();
      stopping.sink().send(new AxisFrame(new byte[] {3}, 0xf1));
      assertThatThrownBy(() -> stopping.run(10))
          .isInstanceOf(SimulationException.class)
          .hasMessageContaining("the design executed $stop at ")
          .hasMessageContaining("stop_on_user.v:43");

      AxisFrame frame = new AxisFrame(new byte[] {4}, 1);
      other.sink().send(frame);
      other.runUntilQuiescent(4, 100);
      assertThat(other.source(0).payloads()).containsExactly(frame);
    }
  }
}
