package dev.oasis.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AXI-Lite transactions and a second source, on the demultiplexer with its register file (see the
 * register map in csr_demux.v).
 */
class CsrDemuxTest {

  private static final int MAGIC = 0x0000;
  private static final int VERSION = 0x0004;
  private static final int SCRATCH0 = 0x0010;
  private static final int SCRATCH1 = 0x0014;
  private static final int PUNT_MASK = 0x0018;
  private static final int FRAMES_OUT = 0x001c;
  private static final int FRAMES_HOST = 0x0020;

  private VerilatedDevice device;

  @BeforeEach
  void open() {
    device = TestDesigns.demux().open();
    device.reset();
  }

  @AfterEach
  void close() {
    device.close();
  }

  @Test
  void readOnlyRegistersHoldTheirConstants() {
    assertThat(device.csrRead(MAGIC)).isEqualTo(0x4f415349);
    assertThat(device.csrRead(VERSION)).isEqualTo(0x00010002);

    device.csrWrite(MAGIC, 0x12345678);
    assertThat(device.csrRead(MAGIC)).isEqualTo(0x4f415349);
  }

  @Test
  void writesReadBack() {
    device.csrWrite(SCRATCH0, 0xdeadbeef);
    device.csrWrite(SCRATCH1, 0x00c0ffee);
    assertThat(device.csrRead(SCRATCH0)).isEqualTo(0xdeadbeef);
    assertThat(device.csrRead(SCRATCH1)).isEqualTo(0x00c0ffee);

    device.csrWrite(SCRATCH0, 1);
    assertThat(device.csrRead(SCRATCH0)).isEqualTo(1);
    assertThat(device.csrRead(SCRATCH1)).isEqualTo(0x00c0ffee);
  }

  @Test
  void resetClearsTheWritableRegisters() {
    device.csrWrite(SCRATCH0, 42);
    device.reset();
    assertThat(device.csrRead(SCRATCH0)).isZero();
  }

  @Test
  void anUnmappedAddressThatAnswersSlverrIsAnError() {
    assertThatThrownBy(() -> device.csrRead(0x0100))
        .isInstanceOf(SimulationException.class)
        .hasMessage(
            "oasis_sim_axil_read failed: AXI-Lite read at address 0x00000100: the slave"
                + " answered SLVERR");
    assertThatThrownBy(() -> device.csrWrite(0x0104, 1))
        .isInstanceOf(SimulationException.class)
        .hasMessageContaining("AXI-Lite write at address 0x00000104: the slave answered SLVERR");
  }

  @Test
  void anAddressWithoutResponseTimesOutNamingTheAddress() {
    device.csrTimeout(200);
    assertThatThrownBy(() -> device.csrRead(0x1000))
        .isInstanceOfSatisfying(SimulationException.class, e -> assertThat(e.isTimeout()).isTrue())
        .hasMessage(
            "oasis_sim_axil_read failed: AXI-Lite read at address 0x00001000: no response"
                + " within 200 cycles (still waiting for arready)");
    assertThatThrownBy(() -> device.csrWrite(0x2000, 5))
        .isInstanceOf(SimulationException.class)
        .hasMessageContaining("AXI-Lite write at address 0x00002000: no response within 200")
        .hasMessageContaining("awready");

    // The abandoned transactions left the slave idle: the next one works.
    assertThat(device.csrRead(MAGIC)).isEqualTo(0x4f415349);
  }

  @Test
  void addressesBeyondTheAddressWidthAreRefused() {
    assertThatThrownBy(() -> device.csrRead(0x10000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CSR address 0x10000 out of range for a 16-bit AXI-Lite address");
  }

  @Test
  void framesGoToTheHostStreamByTuserAndMask() {
    device.csrWrite(PUNT_MASK, 0b0010);
    Random random = new Random(4);
    List<AxisFrame> frames = new ArrayList<>();
    List<AxisFrame> expectOut = new ArrayList<>();
    List<AxisFrame> expectHost = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      AxisFrame frame = AxisSliceTest.frame(random, 1 + random.nextInt(40), i % 16);
      frames.add(frame);
      ((i % 16 & 0b0010) != 0 ? expectHost : expectOut).add(frame);
    }

    device.sink().validPattern(HandshakePattern.random(1, 0.8));
    device.source("m_axis_").readyPattern(HandshakePattern.random(2, 0.6));
    device.source("m_axis_host_").readyPattern(HandshakePattern.random(3, 0.4));
    device.sink().send(frames);
    device.runUntilQuiescent(8, 100_000);

    assertThat(device.source(0).payloads()).containsExactlyElementsOf(expectOut);
    assertThat(device.source("m_axis_host_").payloads()).containsExactlyElementsOf(expectHost);
    assertThat(device.csrRead(FRAMES_OUT)).isEqualTo(expectOut.size());
    assertThat(device.csrRead(FRAMES_HOST)).isEqualTo(expectHost.size());
  }

  @Test
  void aMaskWrittenWhileFramesFlowTakesEffectBetweenFrames() {
    AxisFrame first = new AxisFrame(new byte[40], 1);
    AxisFrame second = new AxisFrame(new byte[40], 1);
    device.source(0).readyPattern(HandshakePattern.random(9, 0.5));
    device.sink().send(List.of(first, second));
    device.run(3);
    device.csrWrite(PUNT_MASK, 1);
    device.runUntilQuiescent(8, 10_000);

    assertThat(device.source(0).frames()).hasSize(1);
    assertThat(device.source(1).frames()).hasSize(1);
    assertThat(device.source(0).frames().get(0).lastCycle())
        .isLessThan(device.source(1).frames().get(0).firstCycle());
  }

  @Test
  void unknownSourcesAreNamed() {
    assertThatThrownBy(() -> device.source("m_axis_debug_"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("csr_demux has no source m_axis_debug_");
    assertThatThrownBy(() -> device.source(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source 2 out of range, csr_demux has 2");
  }
}
