package dev.oasis.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The register slice through the harness: frames pass unchanged and in order under random
 * backpressure, and one beat moves per cycle when nothing holds the stream back.
 */
class AxisSliceTest {

  /** The slice adds one register stage between sink and source. */
  private static final int LATENCY = 1;

  @ParameterizedTest(name = "DATA_WIDTH {0}")
  @ValueSource(ints = {64, 512})
  void framesOfEveryLengthPassUnchangedUnderBackpressure(int dataWidth) {
    List<AxisFrame> frames = new ArrayList<>();
    Random random = new Random(300 + dataWidth);
    for (int length = 1; length <= 300; length++) {
      frames.add(frame(random, length, length % 256));
    }

    try (VerilatedDevice device = TestDesigns.slice(dataWidth).open()) {
      device.reset();
      device.sink().validPattern(HandshakePattern.random(11, 0.7));
      device.source(0).readyPattern(HandshakePattern.random(23, 0.5));
      device.sink().send(frames);
      device.runUntilQuiescent(16, 1_000_000);

      assertThat(device.source(0).payloads()).containsExactlyElementsOf(frames);
      assertThat(device.sink().accepted()).extracting(TimedFrame::frame).isEqualTo(frames);
      long beats = frames.stream().mapToLong(f -> f.beats(dataWidth / 8)).sum();
      assertThat(device.source(0).beats()).isEqualTo(beats);
      assertThat(device.source(0).inFrame()).isFalse();
    }
  }

  @ParameterizedTest(name = "DATA_WIDTH {0}")
  @ValueSource(ints = {64, 512})
  void boundaryLengthsAroundOneBeat(int dataWidth) {
    int beat = dataWidth / 8;
    Random random = new Random(dataWidth);
    List<AxisFrame> frames = new ArrayList<>();
    for (int length : new int[] {1, beat - 1, beat, beat + 1, 2 * beat, 2 * beat + 1, 1}) {
      frames.add(frame(random, length, length & 0xff));
    }

    try (VerilatedDevice device = TestDesigns.slice(dataWidth).open()) {
      device.reset();
      device.source(0).readyPattern(HandshakePattern.random(5, 0.3));
      device.sink().send(frames);
      device.runUntilQuiescent(16, 100_000);

      assertThat(device.source(0).payloads()).containsExactlyElementsOf(frames);
      assertThat(device.source(0).beats()).isEqualTo(1 + 1 + 1 + 2 + 2 + 3 + 1);
    }
  }

  @ParameterizedTest(name = "DATA_WIDTH {0}")
  @ValueSource(ints = {64, 512})
  void backToBackOneBeatFramesTakeOneCycleEachPlusLatency(int dataWidth) {
    int frameCount = 100;
    Random random = new Random(7);
    List<AxisFrame> frames = new ArrayList<>();
    for (int i = 0; i < frameCount; i++) {
      frames.add(frame(random, dataWidth / 8, i));
    }

    try (VerilatedDevice device = TestDesigns.slice(dataWidth).open()) {
      device.reset();
      long start = device.cycle();
      device.sink().send(frames);
      device.run(frameCount + LATENCY);

      List<TimedFrame> in = device.sink().accepted();
      List<TimedFrame> out = device.source(0).frames();
      assertThat(out).extracting(TimedFrame::frame).isEqualTo(frames);
      for (int i = 0; i < frameCount; i++) {
        assertThat(in.get(i).lastCycle()).isEqualTo(start + i);
        assertThat(out.get(i).lastCycle()).isEqualTo(start + i + LATENCY);
      }
      long elapsed = out.get(frameCount - 1).lastCycle() - start + 1;
      assertThat(elapsed).isEqualTo(frameCount + LATENCY);
    }
  }

  @Test
  void backToBackMultiBeatFramesHaveNoBubbles() {
    int beatBytes = 8;
    int frameCount = 20;
    Random random = new Random(8);
    List<AxisFrame> frames = new ArrayList<>();
    for (int i = 0; i < frameCount; i++) {
      frames.add(frame(random, 3 * beatBytes + 1, i));
    }

    try (VerilatedDevice device = TestDesigns.slice(64).open()) {
      device.reset();
      long start = device.cycle();
      device.sink().send(frames);
      device.runUntilQuiescent(4, 10_000);

      List<TimedFrame> out = device.source(0).frames();
      for (int i = 0; i < frameCount; i++) {
        assertThat(out.get(i).firstCycle()).isEqualTo(start + LATENCY + 4L * i);
        assertThat(out.get(i).lastCycle()).isEqualTo(start + LATENCY + 4L * i + 3);
      }
    }
  }

  @Test
  void endlessBackpressureIsReportedAndTheStreamDrainsOnceReleased() {
    try (VerilatedDevice device = TestDesigns.slice(64).open()) {
      device.reset();
      AxisFrame frame = frame(new Random(1), 20, 3);
      device.sink().send(frame);
      device.source(0).readyPattern(HandshakePattern.never());

      assertThatThrownBy(() -> device.runUntilQuiescent(8, 500))
          .isInstanceOf(SimulationException.class)
          .hasMessageContaining("not quiescent after 500 cycles")
          .hasMessageContaining("beats still wait on s_axis")
          .hasMessageContaining("m_axis holds tvalid");

      device.source(0).readyPattern(HandshakePattern.always());
      device.runUntilQuiescent(8, 500);
      assertThat(device.source(0).payloads()).containsExactly(frame);
    }
  }

  @Test
  void aResetInTheMiddleOfAFrameDropsItsBegunOutputAndNothingElse() {
    try (VerilatedDevice device = TestDesigns.slice(64).open()) {
      device.reset();
      AxisFrame cut = frame(new Random(4), 40, 1);
      AxisFrame next = frame(new Random(5), 12, 2);
      device.sink().send(cut);
      device.run(3);
      assertThat(device.source(0).inFrame()).isTrue();

      device.reset();
      assertThat(device.source(0).abandonedFrames()).isEqualTo(1);
      assertThat(device.source(0).inFrame()).isFalse();

      // The cut frame's last two beats still go in (they form a frame of their own) and the
      // next frame follows intact.
      device.sink().send(next);
      device.runUntilQuiescent(8, 1000);
      byte[] tail = Arrays.copyOfRange(cut.data(), 24, 40);
      assertThat(device.source(0).payloads()).containsExactly(new AxisFrame(tail, 1), next);
    }
  }

  @Test
  void twoBuildsOfTheSameTopModuleRunSideBySide() {
    AxisFrame small = frame(new Random(2), 100, 1);
    AxisFrame large = frame(new Random(3), 200, 2);
    try (VerilatedDevice narrow = TestDesigns.slice(64).open();
        VerilatedDevice wide = TestDesigns.slice(512).open()) {
      narrow.reset();
      wide.reset();
      narrow.sink().send(small);
      wide.sink().send(large);
      for (int i = 0; i < 20; i++) {
        narrow.run(1);
        wide.run(1);
      }
      assertThat(narrow.source(0).payloads()).containsExactly(small);
      assertThat(wide.source(0).payloads()).containsExactly(large);
    }
  }

  @Test
  void framesThatCannotBeSentAreRefused() {
    try (VerilatedDevice device = TestDesigns.slice(64).open()) {
      assertThatThrownBy(() -> device.sink().send(new AxisFrame(new byte[4], 0x100)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("tuser 0x100 does not fit the 8-bit s_axis_tuser");
    }
    assertThatThrownBy(() -> new AxisFrame(new byte[0], 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty frame");
  }

  @Test
  void aClosedDeviceRefusesCalls() {
    VerilatedDevice device = TestDesigns.slice(64).open();
    device.close();
    device.close();
    assertThatThrownBy(device::reset)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("device axis_slice is closed");
  }

  static AxisFrame frame(Random random, int length, long user) {
    byte[] data = new byte[length];
    random.nextBytes(data);
    return new AxisFrame(data, user);
  }
}
