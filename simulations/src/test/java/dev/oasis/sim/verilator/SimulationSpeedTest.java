package dev.oasis.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures simulated cycles per second of the register slice with frames always waiting, and logs
 * it. Nothing about the speed is asserted (it depends on the machine); the frames must arrive.
 */
class SimulationSpeedTest {

  private static final Logger LOG = LoggerFactory.getLogger(SimulationSpeedTest.class);

  private static final int WARM_UP_CYCLES = 50_000;
  private static final int MEASURED_CYCLES = 200_000;

  @ParameterizedTest(name = "DATA_WIDTH {0}")
  @ValueSource(ints = {64, 512})
  void reportCyclesPerSecond(int dataWidth) {
    // Enough frames that the sink never runs dry: warm-up, a free run and a throttled run.
    Random random = new Random(dataWidth);
    List<AxisFrame> frames = new ArrayList<>();
    long beats = 0;
    while (beats < WARM_UP_CYCLES + 2L * MEASURED_CYCLES) {
      AxisFrame frame = AxisSliceTest.frame(random, 64 + random.nextInt(1455), 0);
      frames.add(frame);
      beats += frame.beats(dataWidth / 8);
    }

    try (VerilatedDevice device = TestDesigns.slice(dataWidth).open()) {
      device.reset();
      device.sink().send(frames);
      device.run(WARM_UP_CYCLES);

      measure(device, "no backpressure");
      device.source(0).readyPattern(HandshakePattern.random(3, 0.5));
      measure(device, "tready high half the time");

      device.source(0).readyPattern(HandshakePattern.always());
      device.runUntilQuiescent(8, 10L * MEASURED_CYCLES);
      assertThat(device.source(0).payloads()).containsExactlyElementsOf(frames);
    }
  }

  private static void measure(VerilatedDevice device, String condition) {
    long beatsBefore = device.source(0).beats();
    long start = System.nanoTime();
    device.run(MEASURED_CYCLES);
    double seconds = (System.nanoTime() - start) / 1e9;
    LOG.info(
        "{} DATA_WIDTH {}, {}: {} cycles, {} beats out in {} ms: {} cycles/s",
        device.model().top(),
        device.deviceInterface().dataWidth(),
        condition,
        MEASURED_CYCLES,
        device.source(0).beats() - beatsBefore,
        Math.round(seconds * 1000),
        Math.round(MEASURED_CYCLES / seconds));
  }
}
