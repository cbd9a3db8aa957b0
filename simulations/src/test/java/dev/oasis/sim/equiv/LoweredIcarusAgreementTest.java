package dev.oasis.sim.equiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.hw.lower.HwOptions;
import dev.oasis.sim.testbench.IcarusStreamBench;
import dev.oasis.sim.verilator.AxisFrame;
import dev.oasis.sim.verilator.HandshakePattern;
import dev.oasis.sim.verilator.TimedFrame;
import dev.oasis.sim.verilator.VerilatedDevice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Icarus Verilog runs a lowered pipeline cycle for cycle as Verilator does. */
class LoweredIcarusAgreementTest {

  @Test
  void portPatchAgreesCycleForCycle(@TempDir Path dir) {
    LoweredDevice hw =
        LoweredDevice.build(
            DifferentialHarness.compile("port_patch", LoweringDifferentialTest.PORT_PATCH),
            new HwOptions(64),
            Path.of("target", "equiv-rtl", "port_patch-64"));
    Random random = new Random(3);
    List<AxisFrame> frames = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      byte[] data = new byte[1 + random.nextInt(258)];
      random.nextBytes(data);
      frames.add(new AxisFrame(data, LoweredDevice.sinkUser(random.nextInt(2), i)));
    }
    HandshakePattern valid = HandshakePattern.random(41, 0.7);
    HandshakePattern ready = HandshakePattern.random(43, 0.6);
    List<TimedFrame> verilator;
    int cycles;
    try (VerilatedDevice sim = hw.model().open()) {
      sim.reset(8);
      sim.sink().validPattern(valid);
      sim.source(LoweredDevice.MAIN).readyPattern(ready);
      sim.sink().send(frames);
      sim.runUntilQuiescent(64, 2_000_000);
      verilator = sim.source(LoweredDevice.MAIN).frames();
      cycles = (int) sim.cycle();
    }
    List<TimedFrame> icarus =
        IcarusStreamBench.of(hw.top(), hw.deviceInterface(), hw.rtlFiles())
            .run(dir, frames, valid, ready, 8, cycles);

    assertThat(verilator).hasSizeGreaterThan(20);
    assertThat(icarus).isEqualTo(verilator);
  }
}
