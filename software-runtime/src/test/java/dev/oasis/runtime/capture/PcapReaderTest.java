package dev.oasis.runtime.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Classic pcap files made by hand from the format description, in both byte orders and both
 * timestamp resolutions; the expected frames come from the values written, and tshark reads the
 * same files as a second opinion.
 */
class PcapReaderTest {

  @TempDir Path dir;

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of(ByteOrder.BIG_ENDIAN, PcapBytes.MAGIC_MICROSECONDS, 1000L),
        Arguments.of(ByteOrder.BIG_ENDIAN, PcapBytes.MAGIC_NANOSECONDS, 1L),
        Arguments.of(ByteOrder.LITTLE_ENDIAN, PcapBytes.MAGIC_MICROSECONDS, 1000L),
        Arguments.of(ByteOrder.LITTLE_ENDIAN, PcapBytes.MAGIC_NANOSECONDS, 1L));
  }

  @ParameterizedTest(name = "{0} magic {1}")
  @MethodSource("variants")
  void readsEachByteOrderAndResolutionAsWrittenAndAsTsharkDoes(
      ByteOrder order, int magic, long nanosPerUnit) throws Exception {
    byte[] first = SampleFrames.frame(60, 1);
    byte[] second = SampleFrames.frame(1514, 2);
    byte[] third = SampleFrames.frame(100, 3);
    byte[] thirdCaptured = Arrays.copyOf(third, 64);
    byte[] file =
        PcapBytes.header(order, magic, 65535, 1)
            .record(1_700_000_000L, 123_456L, first, 60)
            .record(1_700_000_001L, 999_999L, second, 1514)
            .record(4_294_967_295L, 0L, thirdCaptured, 100)
            .bytes();
    Path capture = CaptureChecks.write(dir, "hand.pcap", file);

    List<CapturedFrame> expected =
        List.of(
            new CapturedFrame(0, 1_700_000_000_000_000_000L + 123_456L * nanosPerUnit, first),
            new CapturedFrame(0, 1_700_000_001_000_000_000L + 999_999L * nanosPerUnit, second),
            new CapturedFrame(0, 4_294_967_295_000_000_000L, thirdCaptured, 100));
    assertThat(Captures.readAll(capture)).containsExactlyElementsOf(expected);

    Tshark.assumeInstalled();
    assertThat(Tshark.read(capture).packets().stream().map(Tshark::expectedFrame))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void readsAnEmptyCapture() throws Exception {
    byte[] file =
        PcapBytes.header(ByteOrder.BIG_ENDIAN, PcapBytes.MAGIC_MICROSECONDS, 65535, 1).bytes();

    assertThat(CaptureChecks.readUntilError(file).frames()).isEmpty();
    assertThat(CaptureChecks.readUntilError(file).error()).isNull();
  }

  @Test
  void snapLengthZeroMeansNoLimit() throws Exception {
    byte[] frame = SampleFrames.frame(300, 4);
    byte[] file =
        PcapBytes.header(ByteOrder.LITTLE_ENDIAN, PcapBytes.MAGIC_MICROSECONDS, 0, 1)
            .record(1, 2, frame, 300)
            .bytes();
    Path capture = CaptureChecks.write(dir, "snap0.pcap", file);

    CaptureChecks.Outcome outcome = CaptureChecks.assertReadsLikeTshark(capture);
    assertThat(outcome.frames()).containsExactly(new CapturedFrame(0, 1_000_002_000L, frame));
  }

  @Test
  void everyFrameReadsAsPortZero() throws Exception {
    byte[] file =
        PcapBytes.header(ByteOrder.LITTLE_ENDIAN, PcapBytes.MAGIC_NANOSECONDS, 65535, 1)
            .record(1, 0, SampleFrames.frame(60, 5), 60)
            .record(2, 0, SampleFrames.frame(60, 6), 60)
            .bytes();

    assertThat(CaptureChecks.readUntilError(file).frames())
        .extracting(CapturedFrame::port)
        .containsExactly(0, 0);
  }
}
