package dev.oasis.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Driving and observing single beats through the C ABI's by-beat functions. */
class BeatLevelTest {

  private static final byte[] DATA = {1, 2, 3, 4, 5, 6, 7, (byte) 0x88};

  @Test
  void aBeatDrivenByHandAppearsOneCycleLater() {
    try (VerilatedDevice device = TestDesigns.slice(64).open()) {
      device.reset();
      assertThat(device.peekSource(0).valid()).isFalse();
      assertThat(device.sinkReady()).isTrue();

      device.driveSink(new AxisBeat(DATA, 0xff, true, 0x5a, true));
      device.step(1);
      device.driveSink(new AxisBeat(new byte[8], 0, false, 0, false));

      AxisBeat out = device.peekSource(0);
      assertThat(out).isEqualTo(new AxisBeat(DATA, 0xff, true, 0x5a, true));
      assertThat(device.source(0).frames()).isEmpty();

      device.step(1);
      assertThat(device.peekSource(0).valid()).isFalse();
      assertThat(device.source(0).payloads()).containsExactly(new AxisFrame(DATA, 0x5a));
    }
  }

  @Test
  void aSourceHeldNotReadyKeepsItsBeatAndStopsTheSink() {
    try (VerilatedDevice device = TestDesigns.slice(64).open()) {
      device.reset();
      device.setSourceReady(0, false);
      device.driveSink(new AxisBeat(DATA, 0x0f, true, 1, true));
      device.step(1);
      assertThat(device.sinkReady()).isFalse();

      device.step(5);
      assertThat(device.peekSource(0).valid()).isTrue();
      assertThat(device.source(0).beats()).isZero();

      device.setSourceReady(0, true);
      device.driveSink(new AxisBeat(DATA, 0, false, 0, false));
      device.step(1);
      assertThat(device.source(0).payloads())
          .containsExactly(new AxisFrame(new byte[] {1, 2, 3, 4}, 1));
    }
  }

  @Test
  void theCycleCounterCountsResetAndSteps() {
    try (VerilatedDevice device = TestDesigns.slice(64).open()) {
      assertThat(device.cycle()).isZero();
      device.reset(3);
      device.step(10);
      assertThat(device.cycle()).isEqualTo(13);
    }
  }

  @Test
  void handDrivingWhileFramesAreQueuedIsRefused() {
    try (VerilatedDevice device = TestDesigns.slice(64).open()) {
      device.reset();
      device.source(0).readyPattern(HandshakePattern.never());
      device.sink().send(new AxisFrame(new byte[30], 0));
      assertThatThrownBy(() -> device.driveSink(new AxisBeat(DATA, 0xff, true, 0, true)))
          .isInstanceOf(SimulationException.class)
          .hasMessage("oasis_sim_sink_drive failed: the sink queue still holds 4 beats");
    }
  }

  @Test
  void aLibraryIsLoadedOncePerPath() {
    Path library = TestDesigns.slice(64).library();
    assertThat(NativeLibraries.load(library)).isSameAs(NativeLibraries.load(library));
  }

  @Test
  void aLibraryThatIsGoneIsNamed(@TempDir Path dir) {
    VerilatedModel real = TestDesigns.slice(64);
    VerilatedModel gone =
        new VerilatedModel(
            real.top(), real.deviceInterface(), dir.resolve("libgone.so"), false, true, "x");
    assertThatThrownBy(gone::open)
        .isInstanceOf(SimulationException.class)
        .hasMessageStartingWith(
            "dlopen failed: cannot load simulation library " + dir.resolve("libgone.so"));
  }

  @Test
  void badArgumentsAreNamedByTheNativeCall() {
    try (VerilatedDevice device = TestDesigns.slice(64).open()) {
      assertThatThrownBy(() -> device.reset(0))
          .isInstanceOf(SimulationException.class)
          .hasMessage("oasis_sim_reset failed: reset cycles 0 is not positive");
      assertThatThrownBy(() -> device.step(-1))
          .isInstanceOf(SimulationException.class)
          .hasMessage("oasis_sim_step failed: cycles -1 is negative");
      assertThatThrownBy(() -> device.driveSink(new AxisBeat(new byte[9], 0, true, 0, true)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("beat of 9 bytes, the sink carries 8");
      assertThatThrownBy(() -> device.csrRead(0))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("axis_slice has no AXI-Lite slave");
    }
  }
}
