package dev.oasis.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void sliceMovesFrames() {
    VerilatedModel model = TestDesigns.slice(64);
    try (VerilatedDevice device = model.open()) {
      device.reset();
      device.sink().send(new AxisFrame(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5));
      device.runUntilQuiescent(8, 1000);
      assertThat(device.source(0).payloads())
          .containsExactly(new AxisFrame(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5));
      System.out.println(device.source(0).frames() + " " + device.sink().accepted());
    }
  }
}
