package dev.oasis.runtime.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classic pcap writer, checked against tshark and the bytes the format gives. */
class PcapWriterTest {

  private static final byte[] A = SampleFrames.frame(60, 1);
  private static final byte[] B = SampleFrames.frame(1514, 2);

  @TempDir Path dir;

  @Test
  void tsharkReadsTheFramesWithNanosecondTimes() throws Exception {
    List<CapturedFrame> frames =
        List.of(
            new CapturedFrame(0, 1_700_000_000_123_456_789L, A),
            new CapturedFrame(0, 4_294_967_295_999_999_999L, Arrays.copyOf(B, 200), 1514));
    Path file = dir.resolve("out.pcap");
    try (PcapWriter writer = new PcapWriter(file)) {
      for (CapturedFrame frame : frames) {
        writer.write(frame);
      }
    }

    Tshark.assumeInstalled();
    Tshark.Reading reading = Tshark.read(file);
    assertThat(reading.exitCode()).isZero();
    assertThat(reading.packets().stream().map(Tshark::expectedFrame))
        .containsExactlyElementsOf(frames);
    assertThat(Captures.readAll(file)).containsExactlyElementsOf(frames);
  }

  @Test
  void writesTheHeaderAndRecordsTheFormatDescribes() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PcapWriter writer = new PcapWriter(out)) {
      writer.write(new CapturedFrame(0, 1_700_000_000_123_456_789L, A));
      writer.write(new CapturedFrame(0, 7, Arrays.copyOf(B, 64), 1514));
    }

    byte[] expected =
        PcapBytes.header(ByteOrder.LITTLE_ENDIAN, PcapBytes.MAGIC_NANOSECONDS, 262_144, 1)
            .record(1_700_000_000L, 123_456_789L, A, 60)
            .record(0, 7, Arrays.copyOf(B, 64), 1514)
            .bytes();
    assertThat(out.toByteArray()).isEqualTo(expected);
  }

  @Test
  void thePortIsNotRecordedAndReadsBackAsZero() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PcapWriter writer = new PcapWriter(out)) {
      writer.write(new CapturedFrame(5, 1, A));
    }

    assertThat(CaptureChecks.readUntilError(out.toByteArray()).frames())
        .containsExactly(new CapturedFrame(0, 1, A));
  }

  @Test
  void rejectsATimestampAfterTheLastPcapSecond() throws Exception {
    try (PcapWriter writer = new PcapWriter(new ByteArrayOutputStream())) {
      assertThatThrownBy(() -> writer.write(new CapturedFrame(0, 4_294_967_296_000_000_000L, A)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "timestamp 4294967296000000000 ns is after 2106-02-07T06:28:15Z, the last second"
                  + " classic pcap can hold");
    }
  }

  @Test
  void rejectsAFrameLargerThanToolsRead() throws Exception {
    try (PcapWriter writer = new PcapWriter(new ByteArrayOutputStream())) {
      assertThatThrownBy(() -> writer.write(new CapturedFrame(0, 0, new byte[262_145])))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("frame of 262145 bytes exceeds the 262144-byte limit of capture files");
    }
  }
}
